"""Reads off the order in which PyTorch's CPU matrix products (MKL) sum a dot product.

Run under real torch: python tools/probe_sum_order.py M N K [row col [x_offset w_offset]]
prints the summation tree of output [row, col] of F.linear(x [M, K], W [N, K]), with x and W
starting x_offset / w_offset floats past an aligned address.

How: all products are 1 except +2^30 at element i and -2^30 at element j. Every 1 that meets
either big value before they cancel is absorbed, so K minus the result is the size of the
smallest subtree holding both i and j; those sizes give the tree. It shows the order, not
whether products are fused into the additions: check a model of the order against random data
for that (VectorProducts.swift records what was found).
"""
import sys
import torch
import torch.nn.functional as F

BIG = 2.0 ** 30


def subtree_sizes(m, n, k, row, col, x_offset, w_offset):
    sizes = {}
    for i in range(k):
        for j in range(i + 1, k):
            w = torch.ones(n * k + w_offset)[w_offset:].view(n, k)
            w[col, i], w[col, j] = BIG, -BIG
            x = torch.ones(m * k + x_offset)[x_offset:].view(m, k)
            sizes[i, j] = k - F.linear(x, w)[row, col].item()
    return sizes


def tree(elements, sizes):
    if len(elements) == 1:
        return elements[0]
    first = elements[0]
    left = [first] + [e for e in elements[1:] if sizes[first, e] < len(elements)]
    right = [e for e in elements if e not in left]
    return (tree(left, sizes), tree(right, sizes)) if right else ('?', elements)


if __name__ == '__main__':
    m, n, k, row, col, x_offset, w_offset = (list(map(int, sys.argv[1:])) + [0, 0, 0, 0])[:7]
    print(tree(list(range(k)), subtree_sizes(m, n, k, row, col, x_offset, w_offset)))
