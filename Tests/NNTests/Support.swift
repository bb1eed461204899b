import Tensors

/// `nn.Linear(in, out)`'s parameters as its `reset_parameters` draws them (weight, then bias,
/// both uniform in ±1/√in), for tests that train without the Python layer.
func linearParameters(inFeatures: Int, outFeatures: Int, generator: Generator) throws(TensorError) -> (weight: Tensor, bias: Tensor) {
    let bound = 1 / Double(inFeatures).squareRoot()
    let weight = try Tensor.empty([outFeatures, inFeatures]).uniform_(from: -bound, to: bound, generator: generator)
    let bias = try Tensor.empty([outFeatures]).uniform_(from: -bound, to: bound, generator: generator)
    try weight.setRequiresGrad()
    try bias.setRequiresGrad()
    return (weight, bias)
}
