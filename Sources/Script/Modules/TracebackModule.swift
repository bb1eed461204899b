// traceback (format_exc, print_exc, format_exception, print_exception, format_exception_only) and
// sys.exc_info, over the chain and traceback an exception object records (ExceptionChain.swift).

/// The native half: an exception object's traceback text as lines.
func makeTracebackHelpers() -> PyModule {
    let m = PyModule(name: "_traceback")
    m.define("_lines", ["exc", "chain"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], i.cls.isSubclass(of: BaseExceptionClass) else { return .list(PyList([.str("NoneType: None\n")])) }
        var error = PyError(recorded: i)
        if error.message.isEmpty, i.recordedException?.recorded != true { error.message = try a.interp.exceptionMessage(i) }
        let text = try a.bool(1) ? error.formatted() : error.formattedAlone()
        return .list(PyList(text.split(separator: "\n", omittingEmptySubsequences: false).map { .str($0 + "\n") }))
    }
    return m
}

let tracebackModuleSource = #"""
"""Print or format exceptions as the interpreter does (Flint's tracebacks show no source lines)."""
import sys
from sys import exc_info
from _traceback import _lines


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    return _lines(exc if value is None else value, chain)


def format_exception_only(exc, /, value=None):
    return _lines(exc if value is None else value, False)[-1:]


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    print(''.join(format_exception(exc, value, chain=chain)), end='', file=file or sys.stderr)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(exc_info()[1], chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print(format_exc(chain=chain), end='', file=file or sys.stderr)
"""#
