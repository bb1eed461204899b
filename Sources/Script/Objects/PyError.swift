// Python exceptions as Swift error values, and the builtin exception hierarchy.

public struct TraceEntry: Sendable {
    public let file: String
    public let line: Int
    public let function: String
}

/// A raised Python exception with its traceback.
public struct PyError: Error, @unchecked Sendable {
    /// The exception object (`except E as e` binds it).
    public var exception: PyInstance
    /// `str(exception)`, computed when raised.
    public var message: String
    /// Frames the exception passed through, innermost first.
    public var traceback: [TraceEntry] = []
    /// For SyntaxError: the offending source line and column (1-based).
    var syntaxLocation: (file: String, line: Int, text: String, column: Int)?

    public init(_ cls: PyClass, _ message: String) {
        exception = PyInstance(cls)
        exception["args"] = .tuple(message.isEmpty ? [] : [.str(message)])
        self.message = message
    }

    init(exception: PyInstance, message: String) {
        self.exception = exception
        self.message = message
    }

    public var exceptionClass: PyClass { exception.cls }

    public static func typeError(_ m: String) -> PyError { PyError(TypeErrorClass, m) }
    public static func valueError(_ m: String) -> PyError { PyError(ValueErrorClass, m) }
    public static func indexError(_ m: String) -> PyError { PyError(IndexErrorClass, m) }
    public static func runtimeError(_ m: String) -> PyError { PyError(RuntimeErrorClass, m) }
    public static func attributeError(_ m: String) -> PyError { PyError(AttributeErrorClass, m) }
    public static func notImplementedError(_ m: String) -> PyError { PyError(NotImplementedErrorClass, m) }
    public static func zeroDivision(_ m: String = "division by zero") -> PyError { PyError(ZeroDivisionErrorClass, m) }
    public static func overflowError(_ m: String) -> PyError { PyError(OverflowErrorClass, m) }
    public static func nameError(_ name: String) -> PyError { PyError(NameErrorClass, "name '\(name)' is not defined") }
    public static func stopIteration() -> PyError { PyError(StopIterationClass, "") }
    /// KeyError shows the repr of the key.
    public static func keyError(_ keyRepr: String) -> PyError { PyError(KeyErrorClass, keyRepr) }
    public static func keyError(_ key: Value) -> PyError {
        var e = PyError(KeyErrorClass, (try? reprNoInterp(key)) ?? "?")
        e.exception["args"] = .tuple([key])
        return e
    }

    static func syntaxError(_ message: String, line: Int, column: Int, text: String, file: String = "<stdin>",
                            cls: PyClass = SyntaxErrorClass) -> PyError {
        var e = PyError(cls, message)
        e.syntaxLocation = (file, line, text, column)
        return e
    }

    /// This exception's own traceback text, without its chain.
    func formattedAlone() -> String {
        var out = ""
        if let loc = syntaxLocation {
            out += "  File \"\(loc.file)\", line \(loc.line)\n"
            let stripped = loc.text.drop { $0 == " " || $0 == "\t" }
            if !stripped.isEmpty {
                let indent = loc.text.count - stripped.count
                out += "    \(stripped)\n"
                out += "    " + String(repeating: " ", count: max(0, loc.column - 1 - indent)) + "^\n"
            }
        } else if !traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            for t in traceback.reversed() { out += "  File \"\(t.file)\", line \(t.line), in \(t.function)\n" }
        }
        // As traceback.format_exception_only: no module prefix for builtins and __main__.
        let cls = exceptionClass
        let name = cls.module == "__main__" ? cls.name : cls.qualifiedName
        out += message.isEmpty ? name : "\(name): \(message)"
        return out
    }
}

/// A chained exception (a class box, since PyError is a struct and cannot contain itself).
final class ErrorBox: @unchecked Sendable {
    let error: PyError
    init(_ error: PyError) { self.error = error }
}

private func exceptionClass(_ name: String, _ base: PyClass) -> PyClass { PyClass(name: name, module: "builtins", bases: [base]) }

public let BaseExceptionClass = PyClass(name: "BaseException", module: "builtins")
public let ExceptionClass = exceptionClass("Exception", BaseExceptionClass)
public let SystemExitClass = exceptionClass("SystemExit", BaseExceptionClass)
public let KeyboardInterruptClass = exceptionClass("KeyboardInterrupt", BaseExceptionClass)
public let GeneratorExitClass = exceptionClass("GeneratorExit", BaseExceptionClass)
public let StopIterationClass = exceptionClass("StopIteration", ExceptionClass)
public let ArithmeticErrorClass = exceptionClass("ArithmeticError", ExceptionClass)
public let ZeroDivisionErrorClass = exceptionClass("ZeroDivisionError", ArithmeticErrorClass)
public let OverflowErrorClass = exceptionClass("OverflowError", ArithmeticErrorClass)
public let AssertionErrorClass = exceptionClass("AssertionError", ExceptionClass)
public let AttributeErrorClass = exceptionClass("AttributeError", ExceptionClass)
public let LookupErrorClass = exceptionClass("LookupError", ExceptionClass)
public let IndexErrorClass = exceptionClass("IndexError", LookupErrorClass)
public let KeyErrorClass = exceptionClass("KeyError", LookupErrorClass)
public let NameErrorClass = exceptionClass("NameError", ExceptionClass)
public let UnboundLocalErrorClass = exceptionClass("UnboundLocalError", NameErrorClass)
public let TypeErrorClass = exceptionClass("TypeError", ExceptionClass)
public let ValueErrorClass = exceptionClass("ValueError", ExceptionClass)
public let RuntimeErrorClass = exceptionClass("RuntimeError", ExceptionClass)
public let NotImplementedErrorClass = exceptionClass("NotImplementedError", RuntimeErrorClass)
public let RecursionErrorClass = exceptionClass("RecursionError", RuntimeErrorClass)
public let ImportErrorClass = exceptionClass("ImportError", ExceptionClass)
public let ModuleNotFoundErrorClass = exceptionClass("ModuleNotFoundError", ImportErrorClass)
public let SyntaxErrorClass = exceptionClass("SyntaxError", ExceptionClass)
public let IndentationErrorClass = exceptionClass("IndentationError", SyntaxErrorClass)
public let OSErrorClass = exceptionClass("OSError", ExceptionClass)
public let FileNotFoundErrorClass = exceptionClass("FileNotFoundError", OSErrorClass)
public let FileExistsErrorClass = exceptionClass("FileExistsError", OSErrorClass)
public let NotADirectoryErrorClass = exceptionClass("NotADirectoryError", OSErrorClass)
public let PermissionErrorClass = exceptionClass("PermissionError", OSErrorClass)
public let MemoryErrorClass = exceptionClass("MemoryError", ExceptionClass)
public let UnicodeErrorClass = exceptionClass("UnicodeError", ValueErrorClass)
public let WarningClass = exceptionClass("Warning", ExceptionClass)
public let UserWarningClass = exceptionClass("UserWarning", WarningClass)
public let DeprecationWarningClass = exceptionClass("DeprecationWarning", WarningClass)

let allExceptionClasses: [PyClass] = [
    BaseExceptionClass, ExceptionClass, SystemExitClass, KeyboardInterruptClass, GeneratorExitClass,
    StopIterationClass, ArithmeticErrorClass, ZeroDivisionErrorClass, OverflowErrorClass, AssertionErrorClass,
    AttributeErrorClass, LookupErrorClass, IndexErrorClass, KeyErrorClass, NameErrorClass, UnboundLocalErrorClass,
    TypeErrorClass, ValueErrorClass, RuntimeErrorClass, NotImplementedErrorClass, RecursionErrorClass,
    ImportErrorClass, ModuleNotFoundErrorClass, SyntaxErrorClass, IndentationErrorClass, OSErrorClass,
    FileNotFoundErrorClass, FileExistsErrorClass, NotADirectoryErrorClass, PermissionErrorClass, MemoryErrorClass, UnicodeErrorClass, WarningClass, UserWarningClass, DeprecationWarningClass,
]
