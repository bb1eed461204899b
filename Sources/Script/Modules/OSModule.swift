// The os module's common part: the working directory, directory listing and creation, the
// environment; os.path (in Python) builds on `os.stat`-like queries here. Nothing is written
// unless the session names it (mkdir/makedirs).

#if canImport(Glibc)
import Glibc
#endif

/// CPython's OSError text: "[Errno 2] No such file or directory: 'x'", as the class errno picks.
private func osError(_ path: String) -> PyError {
    let code = errno
    let text = String(cString: strerror(code))
    let cls: PyClass
    switch code {
    case ENOENT: cls = FileNotFoundErrorClass
    case EEXIST: cls = FileExistsErrorClass
    case ENOTDIR: cls = NotADirectoryErrorClass
    case EACCES, EPERM: cls = PermissionErrorClass
    default: cls = OSErrorClass
    }
    return PyError(cls, "[Errno \(code)] \(text): \(stringRepr(path))")
}

func makeOSModule() -> PyModule {
    let m = PyModule(name: "_os")
    m["sep"] = .str("/")
    m["altsep"] = .none
    m["extsep"] = .str(".")
    m["pathsep"] = .str(":")
    m["linesep"] = .str("\n")
    m["curdir"] = .str(".")
    m["pardir"] = .str("..")
    m["devnull"] = .str("/dev/null")
    m["name"] = .str("posix")
    let environment = PyDict()
    let table: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
    if var entry = table {
        while let c = entry.pointee {
            let pair = String(cString: c)
            if let eq = pair.firstIndex(of: "=") { environment.set(String(pair[..<eq]), .str(String(pair[pair.index(after: eq)...]))) }
            entry += 1
        }
    }
    m["environ"] = .dict(environment)
    m.define("getenv", ["key", "default?"]) { a throws(PyError) in try environment.get(.str(try a.string(0))) ?? a.optional("default") ?? .none }
    m.define("getcwd", []) { _ throws(PyError) in
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { throw osError(".") }
        return .str(String(cString: buffer))
    }
    m.define("getpid", []) { _ throws(PyError) in .int(Int(getpid())) }
    m.define("cpu_count", []) { _ throws(PyError) in .int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
    m.define("listdir", ["path"], defaults: ["path": .str(".")]) { a throws(PyError) in
        let path = try a.string(0)
        guard let dir = opendir(path) else { throw osError(path) }
        defer { closedir(dir) }
        var names: [Value] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { names.append(.str(name)) }
        }
        return .list(PyList(names))
    }
    m.define("mkdir", ["path", "mode"], defaults: ["mode": .int(0o777)]) { a throws(PyError) in
        let path = try a.string(0)
        if mkdir(path, mode_t(truncatingIfNeeded: try a.int(1))) != 0 { throw osError(path) }
        return .none
    }
    // (kind, size) of a path, following links: kind "f" file, "d" directory, "o" other; None if absent.
    m.define("_stat", ["path"]) { a throws(PyError) in
        var info = stat()
        guard stat(try a.string(0), &info) == 0 else { return .none }
        let kind: String
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = "f"
        case S_IFDIR: kind = "d"
        default: kind = "o"
        }
        return .tuple([.str(kind), .int(Int(info.st_size))])
    }
    return m
}

let osModuleSource = #"""
"""The os module: the native functions (in _os) and makedirs; os.path is a submodule."""
from _os import *


def makedirs(name, mode=0o777, exist_ok=False):
    from os.path import split, exists, isdir
    head, tail = split(name)
    if not tail:
        head, tail = split(head)
    if head and tail and not exists(head):
        makedirs(head, mode, exist_ok=True)
    try:
        mkdir(name, mode)
    except FileExistsError:
        if not exist_ok or not isdir(name):
            raise
"""#

let osPathModuleSource = #"""
"""os.path for POSIX paths, as CPython's posixpath."""
from _os import _stat, getcwd, getenv

sep = '/'


def join(a, *p):
    result = a
    for b in p:
        if b.startswith('/'):
            result = b
        elif not result or result.endswith('/'):
            result += b
        else:
            result += '/' + b
    return result


def split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    dot = p.rfind('.')
    slash = p.rfind('/')
    if dot > slash:
        start = slash + 1
        while start < dot and p[start] == '.':
            start += 1
        if start < dot:
            return p[:dot], p[dot:]
    return p, ''


def isabs(p):
    return p.startswith('/')


def normpath(p):
    if not p:
        return '.'
    initial = 2 if p.startswith('//') and not p.startswith('///') else (1 if p.startswith('/') else 0)
    parts = []
    for comp in p.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = '/' * initial + '/'.join(parts)
    return result or '.'


def abspath(p):
    return normpath(p if isabs(p) else join(getcwd(), p))


def expanduser(p):
    if not p.startswith('~'):
        return p
    home = getenv('HOME', '/')
    i = p.find('/')
    if i < 0:
        i = len(p)
    if i != 1:
        return p
    return (home.rstrip('/') or '/') + p[i:]


def exists(p):
    return _stat(p) is not None


def isfile(p):
    s = _stat(p)
    return s is not None and s[0] == 'f'


def isdir(p):
    s = _stat(p)
    return s is not None and s[0] == 'd'


def getsize(p):
    s = _stat(p)
    if s is None:
        raise FileNotFoundError("[Errno 2] No such file or directory: " + repr(p))
    return s[1]
"""#
