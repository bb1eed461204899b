# String methods and formatting.
s = "  Hello, World  "
s.strip(), s.lower(), s.upper(), s.replace("l", "L")
"a,b,c".split(","), " ".join(["x", "y"]), "abc".startswith("ab"), "abc".endswith("z")
"hello world".title(), "hello".capitalize(), "x".center(5, "*"), "42".zfill(5)
"abcabc".find("c"), "abcabc".count("b"), "abc".index("b")
name = "Flint"; pi = 3.14159265
f"{name} has {len(name)} letters, pi is {pi:.3f}"
f"{pi:8.2f}|{name:>8}|{name:<8}|{42:05d}|{1234567:,}|{0.25:.1%}|{255:x}"
f"{name!r} {pi!s} {[1, 2]}"
"{} and {}".format("a", "b"), "{0}{1}{0}".format("x", "y"), "{name}!".format(name="hi")
"%d items at %.2f each, %s" % (3, 1.5, "ok")
"%5.1f|%-4d|%x" % (2.345, 7, 255)
repr("it's"), repr('say "hi"'), str(1.0), str(1e-7)
print("a", "b", sep="-", end="!\n")
print()
"""triple
quoted"""
"abc" < "abd", "a" * 0
