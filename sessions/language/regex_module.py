# The re module on Swift's Regex: CPython's results, spans, reprs and replacement templates.
import re
text = "The year 2023 had 365 days; 2024 has 366.\nNext line ends here\n"
re.findall(r"\d+", text), re.findall(r"(\d)(\d+)", text), re.findall(r"(\d{4})", text)
m = re.search(r"(?P<year>\d{4}) ha(s|d)", text)
m, m.group(), m.group(1, 2), m["year"], m.groups(), m.groupdict(), m.span(), m.start(2), m.end("year"), bool(m)
re.match(r"\w+", text), re.match(r"\d", text), re.fullmatch(r"[a-z]+", "abc"), re.fullmatch(r"[a-z]+", "abc1")
re.sub(r"\d+", "#", text), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar", count=1)
re.sub(r"(?P<n>\d+)", lambda m: str(int(m.group()) * 2), "a1b22"), re.subn(r"a", "A", "banana"), re.sub(r"x", r"\g<0>\n", "axb")
re.split(r"\s+", "a b  c\td"), re.split(r"(,)", "a,b,c"), re.split(r",", "a,b,c", maxsplit=1), re.split(r"x*", "axbc")
re.findall(r"end.*$", text), re.findall(r"^\w+", text, re.M), re.findall(r"line.ends", text), re.findall(r"e.\w", "e\nd", re.S)
p = re.compile(r"[A-Z]\w+", re.IGNORECASE)
p, p.pattern, p.flags, p.groups, p.findall("Ab cd"), p.sub("-", "Ab cd"), re.compile("a"), dict(re.compile("(?P<x>a)").groupindex)
[m.span() for m in re.finditer(r"a+", "caaab a")], re.escape("a.b*c (1+1)"), re.findall(r"x*", "axb")
re.sub(r"\s+$", "", "trail   \n"), re.search(r"o$", "foo\n"), re.findall(r"[]a]", "a]b"), re.findall(r"\bis\b", "this is it")
re.findall(r"(a)|(b)", "ab"), re.match(r"(a)?b", "b").groups(), re.match(r"(a)?b", "b").groups("-")
tokens = re.findall(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]", "Hi, it's 42!")
tokens, re.sub(r"[^a-z ]", "", "Héllo, World!".lower())
re.split(r"\b", "a b"), re.sub("x*", "-", "abxd"), re.findall(r"\w+", "naïve café 日本"), re.search("é", "café").span()
re.sub(r"(é)", r"[\1]", "cafébé"), re.findall(r"(?i)CAF", "caf Caf"), re.findall(r"[^\W\d_]+", "ab1_cd"), re.split(",", ""), re.findall("", "ab")
re.match(r"(?P<a>x)(?P=a)", "xx"), re.sub(r"(?m)^", "> ", "a\nb"), re.findall(r"\d+(?=px)", "10px 20em 30px")
re.compile(r"a", re.I | re.M), re.findall(r"a.c", "a\nc abc"), re.sub(r"\\", "/", "a\\b")
re.findall(r"\s", " \t\n"), re.fullmatch(r"\d+\.\d*", "3.14"), re.search(r"\Aab", "ab"), re.search(r"b\Z", "ab\n")
re.sub("a", r"\2", "a")
re.match("a", "a").group(3)
re.sub("a", r"\q", "a")
re.sub("a", r"\g<nope>", "a")
try:
    re.compile("(unclosed")
except re.error:
    print("re.error")

