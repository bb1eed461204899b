import Testing
@testable import Shell

/// A notebook made and executed by real Jupyter tooling (nbformat + nbclient with ipykernel,
/// CPython 3.11, matplotlib 3.11.2 inline; cell metadata, figure images and all but the last
/// traceback line trimmed): Flint must reproduce its stored outputs, including IPython's
/// pretty printing of results, `;` hiding a value, and the figures a cell leaves open.
@Suite struct JupyterNotebookTests {
    static let executed = #"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "id": "c0",
   "metadata": {},
   "source": [
    "Plain Python, executed by nbclient under CPython 3.11"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "id": "c1",
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "total 6\n"
     ]
    },
    {
     "data": {
      "text/plain": [
       "60"
      ]
     },
     "execution_count": 1,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "total = 0\n",
    "for i in range(4):\n",
    "    total += i\n",
    "print('total', total)\n",
    "total * 10"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "id": "c2",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "<__main__.Box at 0x7f71273b9690>"
      ]
     },
     "execution_count": 2,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "class Box:\n",
    "    pass\n",
    "Box()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "id": "c3",
   "metadata": {},
   "outputs": [],
   "source": [
    "x = None\n",
    "x"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "id": "c4",
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "line one\n",
      "\n",
      "line three\n"
     ]
    }
   ],
   "source": [
    "print('line one')\n",
    "print()\n",
    "print('line three')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 5,
   "id": "c5",
   "metadata": {},
   "outputs": [
    {
     "ename": "IndexError",
     "evalue": "list index out of range",
     "output_type": "error",
     "traceback": [
      "\u001b[31mIndexError\u001b[39m: list index out of range"
     ]
    }
   ],
   "source": [
    "[1, 2][7]"
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
       "('after the error', 6)"
      ]
     },
     "execution_count": 6,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "'after the error', total"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 7,
   "id": "c7",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "[0,\n",
       " 1,\n",
       " 2,\n",
       " 3,\n",
       " 4,\n",
       " 5,\n",
       " 6,\n",
       " 7,\n",
       " 8,\n",
       " 9,\n",
       " 10,\n",
       " 11,\n",
       " 12,\n",
       " 13,\n",
       " 14,\n",
       " 15,\n",
       " 16,\n",
       " 17,\n",
       " 18,\n",
       " 19,\n",
       " 20,\n",
       " 21,\n",
       " 22,\n",
       " 23,\n",
       " 24,\n",
       " 25,\n",
       " 26,\n",
       " 27,\n",
       " 28,\n",
       " 29]"
      ]
     },
     "execution_count": 7,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "list(range(30))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 8,
   "id": "c8",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "{'alpha': [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],\n",
       " 'beta': (1,),\n",
       " 'gamma': 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'}"
      ]
     },
     "execution_count": 8,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "{'alpha': list(range(15)), 'beta': (1,), 'gamma': 'x' * 40}"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 9,
   "id": "c9",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "{1, 2, 3}"
      ]
     },
     "execution_count": 9,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "{3, 1, 2}"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 10,
   "id": "c10",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "(__main__.Box, int)"
      ]
     },
     "execution_count": 10,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "Box, int"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 11,
   "id": "c11",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "[('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'),\n",
       " ('cccccccccccccccccccccccccccccc', 'dddddddddddddddddddddddddddddd')]"
      ]
     },
     "execution_count": 11,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "[('a' * 30, 'b' * 30), ('c' * 30, 'd' * 30)]"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 12,
   "id": "c12",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "[<matplotlib.lines.Line2D at 0x7f711c86c210>]"
      ]
     },
     "execution_count": 12,
     "metadata": {},
     "output_type": "execute_result"
    },
    {
     "data": {
      "text/plain": [
       "<Figure size 640x480 with 1 Axes>"
      ]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "import matplotlib.pyplot as plt\n",
    "plt.plot([3, 2, 1])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 13,
   "id": "c13",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "Text(0.5, 1.0, 't')"
      ]
     },
     "execution_count": 13,
     "metadata": {},
     "output_type": "execute_result"
    },
    {
     "data": {
      "text/plain": [
       "<Figure size 640x480 with 1 Axes>"
      ]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "plt.plot([1, 2]); plt.title('t')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 14,
   "id": "c14",
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "p\n"
     ]
    },
    {
     "data": {
      "text/plain": [
       "<Figure size 640x480 with 1 Axes>"
      ]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "x = 1\n",
    "plt.figure()\n",
    "plt.plot([1])\n",
    "print('p')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 15,
   "id": "c15",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "<Figure size 640x480 with 1 Axes>"
      ]
     },
     "execution_count": 15,
     "metadata": {},
     "output_type": "execute_result"
    },
    {
     "data": {
      "text/plain": [
       "<Figure size 640x480 with 1 Axes>"
      ]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "fig, ax = plt.subplots()\n",
    "ax.plot([1, 2])\n",
    "fig"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 16,
   "id": "c16",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "<Figure size 640x480 with 1 Axes>"
      ]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "plt.plot([5, 4]);"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""#

    @Test func passesAsStored() throws {
        let folder = TemporaryDirectory()
        let path = try folder.file("executed.ipynb", Self.executed)
        var reports: [String] = []
        let tester = TranscriptTester(update: false, report: { reports.append($0) }, makeRunner: { ScriptRunner() })
        #expect(tester.test(file: path), "\(reports)")
    }

    @Test func reprintsUnchangedWithUpdate() throws {
        // A notebook that passes is never written, even with --update.
        let folder = TemporaryDirectory()
        let path = try folder.file("executed.ipynb", Self.executed)
        let tester = TranscriptTester(update: true, report: { _ in }, makeRunner: { ScriptRunner() })
        #expect(tester.test(file: path))
        #expect(try Files.read(path) == Self.executed)
    }

    @Test func prettyPrintingBreaksLongContainers() throws {
        let runner = ScriptRunner()
        let value = try runner.runCell("[list(range(12)), list(range(12)), list(range(12))]", filename: "<cell>") { _ in }
        // IPython 8 under CPython 3.11 shows this value so.
        #expect(value == """
        [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
         [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
         [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]]
        """)
    }
}
