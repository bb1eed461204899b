#!/usr/bin/env python3
"""Check the >>> examples of Markdown files under CPython, as `flint test` reads them.

    python3 tools/doctest_markdown.py docs/language.md ...

The ```pycon / ```python blocks of a file form one doctest session (every other line is
blanked, so line numbers stay those of the file); the last line is `N passed, M failed`.
"""
import doctest
import re
import sys

FENCE = re.compile(r"^\s*(```+|~~~+)\s*(pycon|python|py)\b")


def examples_only(text):
    lines, inside, fence = [], False, ""
    for line in text.splitlines():
        if not inside:
            m = FENCE.match(line)
            if m:
                inside, fence = True, m.group(1)
            lines.append("")
        elif line.strip().startswith(fence) and set(line.strip()) <= set(fence):
            inside = False
            lines.append("")
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def main(paths):
    failed = attempted = 0
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for path in paths:
        with open(path) as f:
            text = examples_only(f.read())
        test = doctest.DocTestParser().get_doctest(text, {"__name__": "__main__"}, path, path, 0)
        result = runner.run(test)
        failed += result.failed
        attempted += result.attempted
    print(f"{attempted - failed} passed, {failed} failed")
    return 1 if failed else 0


sys.exit(main(sys.argv[1:]))
