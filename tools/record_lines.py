#!/usr/bin/env python3
"""Record one-line examples under real Python (+PyTorch) as a doctest transcript.

    ~/.torchref/bin/python tools/record_lines.py LINES.py > LINES.txt

Like ../shared/tools/pytranscript.py, but every non-blank, non-comment line is its own example
and may be malformed: a SyntaxError is recorded like any other exception (the doctest traceback
header, '  ...', then the last line), so golden tests of bad input come from real Python too.
"""
import contextlib
import io
import re
import sys
import traceback
import warnings


def record(source):
    namespace = {"__name__": "__main__"}
    out = []
    for line in source.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(">>> " + line)
        prompt_at = len(out) - 1
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                exec(compile(line + "\n", "<stdin>", "single"), namespace)
            except Exception as error:  # shown as doctest expects it, then the session goes on
                print("Traceback (most recent call last):\n  ...")
                print(traceback.format_exception_only(type(error), error)[-1].rstrip())
        printed = buffer.getvalue()
        if re.search(r" at 0x[0-9a-fA-F]+", printed):
            printed = re.sub(r" at 0x[0-9a-fA-F]+", " at 0x...", printed)
            out[prompt_at] += "  # doctest: +ELLIPSIS"
        out += [l if l.strip() else "<BLANKLINE>" for l in printed.splitlines()]
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        sys.stdout.write(record(f.read()))
