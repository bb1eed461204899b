# Writes Sources/Bindings/Docs/Docstrings*.swift: PyTorch's own docstrings, trimmed to the
# signature line, the first paragraph, a short "See ..." line and the first sentence of each
# argument, for every name Flint's bindings define. Run under real PyTorch:
#   ./.build/debug/flint tools/docstrings/names.py | ~/.torchref/bin/python tools/docstrings/make.py
import glob
import importlib
import os
import inspect
import re
import sys
import textwrap

import torch

OUT = "Sources/Bindings/Docs"
MAX_LINES = 380
SECTIONS = ("Args:", "Arguments:", "Parameters:", "Keyword args:", "Keyword arguments:")
WIDTH = 88
# Names PyTorch's objects carry no docstring for (their documentation lives on the website):
# short texts in the website's words, so that help() has something to show.
EXTRA = {
    "torch.Tensor": "A torch.Tensor is a multi-dimensional matrix containing elements of a single data type.",
    "torch.Size": "torch.Size is the result type of a call to torch.Tensor.size(). It describes the size of all\n"
                  "dimensions of the original tensor. As a subclass of tuple, it supports common sequence\n"
                  "operations like indexing and length.",
    "torch.device": "A torch.device is an object representing the device on which a torch.Tensor is or will be\n"
                    "allocated.",
    "torch.dtype": "A torch.dtype is an object that represents the data type of a torch.Tensor.",
    "torch.Generator": "Generator(device='cpu') -> Generator\n\nCreates and returns a generator object that manages "
                       "the state of the\nalgorithm which produces pseudo random numbers.",
    "torch.relu": "relu(input) -> Tensor\n\nApplies the rectified linear unit function element-wise.\n\n"
                  "See torch.nn.functional.relu()",
    "torch.log_softmax": "log_softmax(input, dim, *, dtype=None) -> Tensor\n\nSee torch.nn.functional.log_softmax()",
    "torch.detach": "detach(input) -> Tensor\n\nSee Tensor.detach()",
    "torch.masked_fill": "masked_fill(input, mask, value) -> Tensor\n\nSee Tensor.masked_fill()",
    "torch.Tensor.relu": "relu() -> Tensor\n\nSee torch.relu()",
    "torch.Tensor.relu_": "relu_() -> Tensor\n\nIn-place version of relu()",
    "torch.Tensor.log_softmax": "log_softmax(dim, *, dtype=None) -> Tensor\n\nSee torch.nn.functional.log_softmax()",
    "torch.Tensor.data": "The tensor's values, detached from autograd: a tensor sharing the same storage, with\n"
                         "requires_grad=False.",
    "torch.Tensor.dtype": "The data type of the tensor: a torch.dtype such as torch.float32.",
    "torch.Tensor.grad_fn": "The autograd node that created this tensor (its backward function), or None for a\n"
                            "leaf tensor.",
}


def resolve(qualified):
    parts = qualified.split(".")
    for i in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:i]))
        except ImportError:
            continue
        try:
            for p in parts[i:]:
                obj = inspect.getattr_static(obj, p) if inspect.isclass(obj) else getattr(obj, p)
        except AttributeError:
            return None
        return obj
    return None


def raw_doc(obj):
    if isinstance(obj, (staticmethod, classmethod)):
        obj = obj.__func__
    doc = getattr(obj, "__doc__", None)
    if not isinstance(doc, str) or (inspect.isclass(obj) and "__doc__" not in vars(obj)):
        return None
    return doc


def inline(text):
    """ReST roles and literals to plain text."""
    text = text.replace(":py:", ":")
    text = re.sub(r":(?:func|meth):`~?([^`<]*?)(?:\(\))?`", lambda m: m.group(1).split(".")[-1] + "()"
                  if m.group(0).startswith(":meth:`~") else m.group(1) + "()", text)
    text = re.sub(r":class:`~?[^`]*?([^`.]+)`", r"\1", text)
    text = re.sub(r":ref:`([^`<]*?)\s*<[^`]*>`", r"\1", text)
    text = re.sub(r":ref:`([^`]*)`", r"\1", text)
    text = re.sub(r":(?:attr|mod|data|obj|paramref|class|func|meth):`~?([^`]*)`", r"\1", text)
    text = re.sub(r":math:`([^`]*)`", lambda m: math(m.group(1)), text)
    text = re.sub(r"``([^`]*)``", r"\1", text)
    text = re.sub(r"`([^`]*)`_*", r"\1", text)
    return text


def math(expr):
    expr = re.sub(r"\{\{(\w+)\}\}", r"{\1}", expr).replace("\\left", "").replace("\\right", "")
    expr = expr.replace("\\lceil", "⌈").replace("\\rceil", "⌉").replace("\\lfloor", "⌊").replace("\\rfloor", "⌋")
    expr = expr.replace("\\times", "*").replace("\\cdot", "*").replace("\\sim", "~").replace("\\_", "_")
    for _ in range(4):
        expr = re.sub(r"\\(?:text|mathrm|textbf|texttt|mathbf|mathcal|operatorname)\{([^{}]*)\}", r"\1", expr)
        expr = re.sub(r"\\frac\{([^{}]*)\}\{([^{}]*)\}", r"(\1) / (\2)", expr)
        expr = re.sub(r"\\sqrt\{([^{}]*)\}", r"sqrt(\1)", expr)
    return expr.replace("\\", "")


def paragraphs(lines):
    block = []
    for line in lines:
        if line.strip():
            block.append(line)
        elif block:
            yield block
            block = []
    if block:
        yield block


def sentence(text):
    m = re.search(r"(?<![.e][.g])\.(\s|$)", text)
    return text[: m.start() + 1] if m else text


def argument_lines(block):
    """The entries of an Args section, each cut to its first sentence."""
    indent = min(len(l) - len(l.lstrip()) for l in block)
    entries = []
    for line in block:
        if len(line) - len(line.lstrip()) == indent:
            entries.append(line.strip())
        elif entries:
            entries[-1] += " " + line.strip()
    out = []
    for e in entries:
        out.extend(textwrap.wrap(sentence(inline(e)), WIDTH, initial_indent="    ", subsequent_indent="        ",
                                 break_on_hyphens=False))
    return out


def numpydoc(lines):
    """NumPy's sections ("Parameters" over a dashed rule) to the Google style read below: the
    parameters become an Args section, the other sections go."""
    heads = [i for i in range(len(lines) - 1)
             if lines[i].strip() and set(lines[i + 1].strip()) == {"-"} and len(lines[i + 1].strip()) >= 3]
    if not heads:
        return lines
    out = lines[:heads[0]]
    for k, h in enumerate(heads):
        if lines[h].strip() != "Parameters":
            continue
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        entries = []
        for line in lines[h + 2:end]:
            if line and not line[0].isspace():
                name, _, kind = line.partition(" : ")
                entries.append([name.strip(), kind.strip(), ""])
            elif entries and line.strip() and not entries[-1][2].endswith("\n"):
                entries[-1][2] += " " + line.strip()
            elif entries and entries[-1][2]:
                entries[-1][2] += "\n"      # the description's first paragraph ends here
        entries = [e for e in entries if e[0] != "None"]
        if entries:
            out += ["", "Args:"] + [f"    {n} ({t}): {d.strip()}" if t else f"    {n}: {d.strip()}" for n, t, d in entries]
    return out


def trim(doc):
    lines = numpydoc(inspect.cleandoc(doc).splitlines())
    # Other overloads (`.. function:: max(input, dim)`) follow the first one: keep the first.
    for i, line in enumerate(lines):
        if line.startswith(".. function::") or line.startswith(".. method::"):
            lines = lines[:i]
            break
    out = []
    blocks = list(paragraphs(lines))
    first = True
    see = None
    sections = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        head = b[0].strip()
        if head in SECTIONS:
            body = b[1:] if len(b) > 1 else (blocks[i + 1] if i + 1 < len(blocks) else [])
            if len(b) == 1:
                i += 1
            if body:
                sections.append([head] + argument_lines(body))
        elif head.startswith("See ") and see is None and len(b) <= 2:
            see = inline(" ".join(l.strip() for l in b))
        elif first and not head.startswith(".."):
            text = inline(" ".join(l.strip() for l in b))
            if re.match(r"^[\w.]+\(.*\)( -> .*)?$", head) and len(b) == 1:
                out.append(text)     # the signature line of a native function
            else:
                out.append("")
                out.extend(textwrap.wrap(text, WIDTH, break_on_hyphens=False))
                first = False
        i += 1
    if see:
        out += ["", see]
    for s in sections:
        out += [""] + s
    while out and not out[0]:
        out.pop(0)
    return "\n".join(out).replace("\\*", "*").replace('"""#', '""" #')


def table(entries, name):
    body = "\n".join(f"@{q}\n{text}" for q, text in entries)
    return f'let {name} = #"""\n{body}\n"""#\n'


def main():
    names = [l.strip() for l in sys.stdin if l.strip()]
    entries = []
    for q in names:
        obj = resolve(q)
        doc = raw_doc(obj) if obj is not None else None
        if isinstance(obj, property):
            doc = obj.__doc__
        if not doc and q in EXTRA:
            entries.append((q, EXTRA[q]))
        elif doc:
            text = trim(doc)
            if text:
                entries.append((q, text))
    # Files of at most MAX_LINES lines, split between entries.
    files, current, count = [], [], 0
    for q, text in entries:
        n = text.count("\n") + 2
        if current and count + n > MAX_LINES:
            files.append(current)
            current, count = [], 0
        current.append((q, text))
        count += n
    if current:
        files.append(current)
    header = ("// Generated by tools/docstrings/make.py from PyTorch {}'s docstrings (BSD licence), trimmed.\n"
              "// Each entry is `@qualified.name` followed by its text; see Docstrings.swift.\n\n")
    for old in glob.glob(f"{OUT}/DocstringTable*.swift"):
        os.remove(old)
    listing = []
    for k, chunk in enumerate(files, 1):
        name = f"docstringTable{k}"
        listing.append(name)
        with open(f"{OUT}/DocstringTable{k}.swift", "w") as f:
            f.write(header.format(torch.__version__.split("+")[0]) + table(chunk, name))
    with open(f"{OUT}/DocstringTables.swift", "w") as f:
        f.write("// Generated by tools/docstrings/make.py: every docstring table.\n\n")
        f.write("let docstringTables = [" + ", ".join(listing) + "]\n")
    print(f"{len(entries)} docstrings in {len(files)} files", file=sys.stderr)


main()
