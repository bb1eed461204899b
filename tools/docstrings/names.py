# Prints the qualified names Flint's bindings define (modules, their public names, the public
# members of their classes), for tools/docstrings/make.py:
#   ./.build/debug/flint tools/docstrings/names.py | ~/.torchref/bin/python tools/docstrings/make.py
import numpy
import torch
import torch.nn
import torch.nn.functional
import torch.nn.init
import torch.optim
import torch.optim.lr_scheduler
import torch.utils.data
import torch.cuda
import torch.autograd
import torch.linalg
import numpy.random
import numpy.linalg

mods = ["torch", "torch.nn", "torch.nn.functional", "torch.nn.init", "torch.optim",
        "torch.optim.lr_scheduler", "torch.utils.data", "torch.cuda", "torch.autograd", "torch.linalg",
        "numpy", "numpy.random", "numpy.linalg"]
objs = [torch, torch.nn, torch.nn.functional, torch.nn.init, torch.optim, torch.optim.lr_scheduler, torch.utils.data,
        torch.cuda, torch.autograd, torch.linalg, numpy, numpy.random, numpy.linalg]
# The names Flint defines, one per line, for tools/docstrings/make.py.
seen = set()
for name, m in zip(mods, objs):
    print(name)
    for n in sorted(dir(m)):
        if n.startswith("_"):
            continue
        v = getattr(m, n)
        t = type(v).__name__
        if t == "module" or t == "dtype":
            continue
        print(name + "." + n)
        if t == "type" and id(v) not in seen:
            seen.add(id(v))
            for k in sorted(v.__dict__):
                if k.startswith("_"):
                    continue
                print(name + "." + n + "." + k)
