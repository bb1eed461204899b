import Script
import Tensors

extension PyError {
    /// The Python exception PyTorch raises for an engine error of this kind.
    init(_ error: TensorError) {
        switch error.kind {
        case .runtime: self.init(RuntimeErrorClass, error.message)
        case .index: self.init(IndexErrorClass, error.message)
        case .value: self.init(ValueErrorClass, error.message)
        case .type: self.init(TypeErrorClass, error.message)
        case .notImplemented: self.init(NotImplementedErrorClass, error.message)
        case .linearAlgebra: self.init(TorchLinAlgErrorClass, error.message)
        }
    }
}

/// torch.linalg.LinAlgError, which PyTorch defines as torch._C._LinAlgError.
let TorchLinAlgErrorClass = PyClass(name: "_LinAlgError", module: "torch._C", bases: [RuntimeErrorClass])

/// Runs engine code, turning its TensorError into the matching Python exception. Closures here
/// throw untyped so op tables stay one-liners; only TensorError and PyError ever reach this.
@inline(__always)
func engine<R>(_ body: () throws -> R) throws(PyError) -> R {
    do { return try body() } catch let e as TensorError { throw PyError(e) } catch let e as PyError { throw e } catch {
        throw PyError.runtimeError("\(error)")
    }
}
