import Script
import Tensors

extension Args {
    /// `out=`: when given, the result is written into that tensor (PyTorch's out= variant),
    /// and that tensor is what the call returns.
    func writingOut(_ result: Value) throws(PyError) -> Value {
        guard let out = optional("out"), !out.isNone else { return result }
        guard let target = tensorPayload(out) else {
            throw PyError.typeError("\(functionName)(): argument 'out' must be Tensor, not \(typeName(out))")
        }
        guard let value = tensorPayload(result) else {
            throw PyError.typeError("\(functionName)() got an unexpected keyword argument 'out'")
        }
        let name = functionName
        try engine { try target.assignOutput(value, op: name) }
        return out
    }
}

/// A torch function's parameters with a keyword-only `out`.
func withOut(_ params: [String]) -> [String] {
    if params.contains(where: { $0.hasPrefix("**") }) { return params }
    return params.contains(where: { $0.hasPrefix("*") }) ? params + ["out?"] : params + ["*", "out?"]
}
