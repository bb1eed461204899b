/// An error from the engine: the kind maps to a Python exception class, the message is
/// PyTorch's text to the character.
public struct TensorError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable { case runtime, index, value, type, notImplemented, linearAlgebra }
    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    static func runtime(_ m: String) -> TensorError { TensorError(.runtime, m) }
    static func index(_ m: String) -> TensorError { TensorError(.index, m) }
    static func value(_ m: String) -> TensorError { TensorError(.value, m) }
    static func type(_ m: String) -> TensorError { TensorError(.type, m) }
    static func notImplemented(_ m: String) -> TensorError { TensorError(.notImplemented, m) }
    /// torch.linalg's LinAlgError (a RuntimeError): singular matrices.
    static func linearAlgebra(_ m: String) -> TensorError { TensorError(.linearAlgebra, m) }
}

/// Wraps a possibly negative dimension into [0, rank), with PyTorch's message.
func normalizeDim(_ dim: Int, _ rank: Int) throws(TensorError) -> Int {
    let r = Swift.max(rank, 1)  // a 0-dim tensor accepts dims -1 and 0
    guard dim >= -r && dim < r else {
        throw .index("Dimension out of range (expected to be in range of [\(-r), \(r - 1)], but got \(dim))")
    }
    return dim < 0 ? dim + r : dim
}

/// Formats a shape as PyTorch does inside messages: "[2, 3]".
func shapeString(_ s: [Int]) -> String { "[" + s.map(String.init).joined(separator: ", ") + "]" }
