import Testing
@testable import Shell

/// A notebook of lecture 01's forward pass, a backward pass and a small gradient-descent
/// loop, made and executed by nbformat + nbclient (ipykernel) under PyTorch 2.15 and CPython
/// 3.11 (cell metadata and all but the last traceback line trimmed). `flint test` must
/// reproduce every stored output: reprs, prints, IPython's display of the generator and the
/// shape error.
@Suite struct TorchNotebookTests {
    static let executed = #"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "id": "c0",
   "metadata": {},
   "source": [
    "Lecture 01's forward pass and a few gradients, executed by nbclient under PyTorch 2.15"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "id": "c1",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "<torch._C.Generator at 0x7fa36026f190>"
      ]
     },
     "execution_count": 1,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "import torch\n",
    "import torch.nn as nn\n",
    "torch.manual_seed(0)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "id": "c2",
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "tensor([[0.7465]], grad_fn=<SigmoidBackward0>)\n"
     ]
    },
    {
     "data": {
      "text/plain": [
       "Sequential(\n",
       "  (0): Linear(in_features=8, out_features=1, bias=True)\n",
       "  (1): Sigmoid()\n",
       ")"
      ]
     },
     "execution_count": 2,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "input_tensor = torch.Tensor([[3, 4, 6, 2, 3, 6, 8, 9]])\n",
    "model = nn.Sequential(\n",
    "  nn.Linear(8, 1),\n",
    "  nn.Sigmoid()\n",
    ")\n",
    "output = model(input_tensor)\n",
    "print(output)\n",
    "model"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "id": "c3",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "Parameter containing:\n",
       "tensor([[-0.0026,  0.1897, -0.2910, -0.2602, -0.1362,  0.0948, -0.0070,  0.2803]],\n",
       "       requires_grad=True)"
      ]
     },
     "execution_count": 3,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "model[0].weight"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "id": "c4",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "torch.Size([1, 1])"
      ]
     },
     "execution_count": 4,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "output.shape"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 5,
   "id": "c5",
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "loss = tensor(9., grad_fn=<MseLossBackward0>)\n"
     ]
    },
    {
     "data": {
      "text/plain": [
       "tensor([-2., -2., -2.])"
      ]
     },
     "execution_count": 5,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "prediction = torch.tensor([1., 2., 3.], requires_grad=True)\n",
    "expected = torch.tensor([4., 5., 6.])\n",
    "loss = nn.MSELoss()(prediction, expected)\n",
    "loss.backward()\n",
    "print('loss =', loss)\n",
    "prediction.grad"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 6,
   "id": "c6",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "[4.0, 0.16, 0.0064]"
      ]
     },
     "execution_count": 6,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "losses = []\n",
    "w = torch.tensor([0.5], requires_grad=True)\n",
    "for step in range(3):\n",
    "    l = ((w * 2 - 3) ** 2).sum()\n",
    "    l.backward()\n",
    "    with torch.no_grad():\n",
    "        w -= 0.1 * w.grad\n",
    "    w.grad.zero_()\n",
    "    losses.append(l.item())\n",
    "[round(x, 4) for x in losses]"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 7,
   "id": "c7",
   "metadata": {},
   "outputs": [
    {
     "ename": "RuntimeError",
     "evalue": "mm: mat1 and mat2 shapes cannot be multiplied (1x2 and 3x1)",
     "output_type": "error",
     "traceback": [
      "\u001b[31mRuntimeError\u001b[39m: mm: mat1 and mat2 shapes cannot be multiplied (1x2 and 3x1)"
     ]
    }
   ],
   "source": [
    "torch.tensor([1., 2.]) @ torch.tensor([[1.], [2.], [3.]])"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""#

    /// Run by the `flint` binary, in a process of its own: the default random generator is
    /// process-wide and other tests here use it in parallel.
    @Test(.timeLimit(.minutes(1)))
    func passesAsStored() throws {
        let folder = TemporaryDirectory()
        let path = try folder.file("lecture.ipynb", Self.executed)
        let binary = try #require(flintBinary)
        let run = try #require(PseudoTerminal(executable: binary, arguments: ["test", path], environment: [:]))
        #expect(run.waitForExit(seconds: 30) == 0, "\(run.output)")
        #expect(run.output.hasSuffix("1 passed, 0 failed\r\n"))
    }
}
