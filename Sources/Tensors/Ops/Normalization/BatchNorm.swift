/// `F.batch_norm` (NativeBatchNormBackward0): per-channel statistics over every dimension but 1,
/// with ATen's CPU numerics: channel sums accumulate in double, the output is `x * alpha + beta`
/// with `alpha = invstd * weight` and `beta = bias - mean * alpha` in the element type, and the
/// running statistics are updated in double from the float mean and variance sum.
extension Tensor {
    public static func batchNorm(_ input: Tensor, runningMean: Tensor?, runningVar: Tensor?, weight: Tensor?, bias: Tensor?,
                                 training: Bool, momentum: Double, eps: Double) throws(TensorError) -> Tensor {
        guard input.dim >= 2 else { throw .runtime("batch_norm(): expected input to have at least 2 dimensions") }
        let c = input.shape[1]
        for (name, t) in [("running_mean", runningMean), ("running_var", runningVar), ("weight", weight), ("bias", bias)] {
            if let t, t.numel != c { throw .runtime("\(name) should contain \(c) elements not \(t.numel)") }
        }
        if !training && (runningMean == nil || runningVar == nil) {
            throw .runtime("running_\(runningMean == nil ? "mean" : "var") must be defined in evaluation mode")
        }
        guard input.dtype.isFloatingPoint else { throw .runtime("\"batch_norm\" not implemented for '\(input.dtype.scalarTypeName)'") }
        // An empty batch: ATen returns a copy scaled by weight[0] and shifted by bias[0], keeping the graph.
        if input.numel == 0 {
            var out = try input.clone()
            if let weight { out = try out.mul(weight.select(0, 0)) }
            if let bias { out = try out.add(bias.select(0, 0)) }
            return out
        }
        let x = try input.contiguousData()
        let params = try [weight, bias, runningMean, runningVar].map { t throws(TensorError) in try t?.contiguousData(dtype: x.dtype) }
        let out = try Tensor(uninitializedOf: x.shape, dtype: x.dtype)
        let saveMean = try Tensor(zerosOf: [c], dtype: x.dtype), saveInvstd = try Tensor(zerosOf: [c], dtype: x.dtype)
        let layout = ChannelLayout(x.shape)
        func run<T: FloatElement>(_: T.Type) {
            layout.forward(x.pointer(T.self), out.pointer(T.self), params.map { $0?.pointer(T.self) }, saveMean.pointer(T.self),
                           saveInvstd.pointer(T.self), training: training, momentum: momentum, eps: eps)
        }
        if x.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        // The running statistics were updated in their contiguous copies; write them back.
        for (k, t) in [(2, runningMean), (3, runningVar)] where training {
            if let t, let p = params[k], p !== t { _ = try GradMode.withDisabled { () throws(TensorError) in try t.copy_(p) } }
        }
        let inputs = [input] + [weight, bias].compactMap { $0 }
        if needsGrad(inputs) {
            let (hasWeight, hasBias) = (weight != nil, bias != nil)
            let w = params[0]
            out.setHistory("NativeBatchNormBackward0", inputs, saves: true, saved: inputs) { g, need throws(TensorError) in
                let (gi, gw, gb) = try layout.backward(g.contiguousData(dtype: x.dtype), x, w, saveMean, saveInvstd, training: training)
                var grads: [Tensor?] = [need[0] ? try gi.view(input.shape) : nil]
                if hasWeight { grads.append(gw) }
                if hasBias { grads.append(gb) }
                return grads
            }
        }
        return out
    }
}

/// A contiguous [N, C, S...] tensor seen as N blocks of C channels of `inner` elements.
struct ChannelLayout {
    let batches: Int, channels: Int, inner: Int

    init(_ shape: [Int]) {
        batches = shape[0]
        channels = shape[1]
        inner = shape.dropFirst(2).reduce(1, *)
    }

    var count: Int { batches * inner }

    /// Calls `body(offset)` for the start of each run of channel `c`.
    @inline(__always)
    func forEachRun(_ c: Int, _ body: (Int) -> Void) {
        for n in 0..<batches { body((n * channels + c) * inner) }
    }

    /// params: weight, bias, running_mean, running_var (each optional).
    func forward<T: FloatElement>(_ x: UnsafeMutablePointer<T>, _ y: UnsafeMutablePointer<T>, _ params: [UnsafeMutablePointer<T>?],
                                  _ saveMean: UnsafeMutablePointer<T>, _ saveInvstd: UnsafeMutablePointer<T>,
                                  training: Bool, momentum: Double, eps: Double) {
        let n = Double(count)
        let (means, varSums) = training ? statistics(x) : ([], [])
        for c in 0..<channels {
            var mean: T, invstd: T
            if training {
                mean = means[c]
                invstd = T(1 / (varSums[c].asDouble / n + eps).squareRoot())
                if let rm = params[2] { rm[c] = T(momentum * mean.asDouble + (1 - momentum) * rm[c].asDouble) }
                if let rv = params[3] { rv[c] = T(momentum * (varSums[c].asDouble / (n - 1)) + (1 - momentum) * rv[c].asDouble) }
            } else {
                mean = params[2]?[c] ?? T.zero
                invstd = 1 / ((params[3]?[c] ?? T.one) + T(eps)).squareRoot()
            }
            saveMean[c] = mean
            // Backward recomputes the running invstd in double, as ATen's backward kernels do.
            saveInvstd[c] = training ? invstd : T(1 / ((params[3]?[c] ?? T.one).asDouble + eps).squareRoot())
            // ATen's AVX2 build contracts these into fused multiply-adds.
            let alpha = invstd * (params[0]?[c] ?? T.one)
            let beta = (params[1]?[c] ?? T.zero).addingProduct(-mean, alpha)
            forEachRun(c) { o in for i in 0..<inner { y[o + i] = beta.addingProduct(x[o + i], alpha) } }
        }
    }

    /// Per-channel mean and sum of squared deviations as ATen's collect_stats kernels compute
    /// them: [N, C] inputs (one element per run) with more rows than threads use the
    /// channels-last kernel, which sums each thread's rows in float lanes and adds the
    /// threads' partial sums in double; other inputs sum each channel in double.
    func statistics<T: FloatElement>(_ x: UnsafeMutablePointer<T>) -> ([T], [T]) {
        let threads = intraOpThreads, n = Double(count)
        var means = [T](repeating: 0, count: channels), varSums = [T](repeating: 0, count: channels)
        if inner == 1 && batches > threads {
            // Each thread's rows accumulate in a float buffer; the buffers add up in double.
            let chunk = (batches + threads - 1) / threads
            func threadSums(_ step: (T, Int, Int) -> T) -> [Double] {
                var totals = [Double](repeating: 0, count: channels)
                for start in Swift.stride(from: 0, to: batches, by: chunk) {
                    var buffer = [T](repeating: 0, count: channels)
                    for row in start..<Swift.min(start + chunk, batches) {
                        for c in 0..<channels { buffer[c] = step(buffer[c], row, c) }
                    }
                    for c in 0..<channels { totals[c] += buffer[c].asDouble }
                }
                return totals
            }
            let sums = threadSums { acc, row, c in acc + x[row * channels + c] }
            for c in 0..<channels { means[c] = T(sums[c] / n) }
            let squares = threadSums { acc, row, c in
                let d = x[row * channels + c] - means[c]
                return acc.addingProduct(d, d)
            }
            for c in 0..<channels { varSums[c] = T(squares[c]) }
            return (means, varSums)
        }
        for c in 0..<channels {
            var sum = 0.0
            forEachRun(c) { o in for i in 0..<inner { sum += x[o + i].asDouble } }
            let mean = T(sum / n)
            var varSum = 0.0
            forEachRun(c) { o in for i in 0..<inner { let d = x[o + i] - mean; varSum += (d * d).asDouble } }
            means[c] = mean
            varSums[c] = T(varSum)
        }
        return (means, varSums)
    }
}
