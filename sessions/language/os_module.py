# os and os.path: paths, the environment, listing and making directories (only the ones named).
import os
import os.path
from os.path import join, splitext
os.sep, os.name, os.path.join("a", "b", "c.txt"), join("/x", "/abs", "y"), join("a/", "b"), os.path.basename("/a/b.txt"), os.path.dirname("/a/b.txt")
os.path.split("a/b/"), os.path.split("/"), splitext("arch.tar.gz"), splitext(".bashrc"), splitext("a/b.c/d"), os.path.isabs("/a")
os.path.normpath("a//b/./c/../d"), os.path.normpath("/../x"), os.path.normpath(""), os.path.normpath("../a/.."), os.path.abspath("/a/./b")
os.path.exists("/tmp"), os.path.isdir("/tmp"), os.path.isfile("/tmp"), os.path.exists("/no/such/path"), os.path.expanduser("~x")
os.path.expanduser("~/d") == os.environ["HOME"] + "/d", os.getenv("NO_SUCH_VAR_X"), os.getenv("NO_SUCH_VAR_X", "dflt")
os.getcwd() == os.path.abspath("."), type(os.cpu_count()), type(os.getpid()), "tmp" in os.listdir("/")
os.makedirs("/tmp", exist_ok=True)
os.makedirs("/tmp")
os.listdir("/no/such/dir")
os.mkdir("/no/such/dir/x")
os.path.getsize("/no/such")
