/// `fused` for the many one-output ops (std_mean, addmv, cdist, kron, ...) that PyTorch runs as
/// one kernel with one node but that read clearest here as a few engine ops.
extension Tensor {
    static func composite(_ name: String, _ inputs: [Tensor],
                          _ compute: ([Tensor]) throws(TensorError) -> Tensor) throws(TensorError) -> Tensor {
        guard let out = try fused(name, inputs: inputs, { t throws(TensorError) in [try compute(t)] }).first else {
            throw .runtime("\(name): no output")
        }
        return out
    }
}
