/// The backward of batch_norm: gradients of input, weight and bias from the saved mean and
/// invstd (the batch's in training, the running ones in evaluation).
extension ChannelLayout {
    func backward(_ g: Tensor, _ x: Tensor, _ weight: Tensor?, _ saveMean: Tensor,
                  _ saveInvstd: Tensor, training: Bool) throws(TensorError) -> (Tensor, Tensor, Tensor) {
        let gi = try Tensor(uninitializedOf: x.shape, dtype: x.dtype)
        let gw = try Tensor(zerosOf: [channels], dtype: x.dtype), gb = try Tensor(zerosOf: [channels], dtype: x.dtype)
        func run<T: FloatElement>(_: T.Type) {
            let pointers = BackwardPointers(g: g.pointer(T.self), x: x.pointer(T.self), gradInput: gi.pointer(T.self),
                                            mean: saveMean.pointer(T.self), invstd: saveInvstd.pointer(T.self),
                                            weight: weight?.pointer(T.self), gradWeight: gw.pointer(T.self), gradBias: gb.pointer(T.self))
            if inner == 1 { rowsBackward(pointers, training: training) } else { planesBackward(pointers, training: training) }
        }
        if x.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        return (gi, gw, gb)
    }

    struct BackwardPointers<T: FloatElement> {
        let g: UnsafeMutablePointer<T>, x: UnsafeMutablePointer<T>, gradInput: UnsafeMutablePointer<T>
        let mean: UnsafeMutablePointer<T>, invstd: UnsafeMutablePointer<T>, weight: UnsafeMutablePointer<T>?
        let gradWeight: UnsafeMutablePointer<T>, gradBias: UnsafeMutablePointer<T>
    }

    /// [N, C] inputs: ATen's channels-last kernel. Each thread's rows accumulate the sums of dy
    /// and (x - mean) * dy in float (that multiply-add fused), the threads' sums add up in double,
    /// and the input gradient is (dy - sum / N - (x - mean) * k) * invstd * w in float.
    private func rowsBackward<T: FloatElement>(_ p: BackwardPointers<T>, training: Bool) {
        let threads = intraOpThreads, chunk = (batches + threads - 1) / Swift.max(threads, 1)
        var sums = [Double](repeating: 0, count: channels), dots = [Double](repeating: 0, count: channels)
        for start in Swift.stride(from: 0, to: batches, by: Swift.max(chunk, 1)) {
            var sum = [T](repeating: 0, count: channels), dot = [T](repeating: 0, count: channels)
            for row in start..<Swift.min(start + chunk, batches) {
                for c in 0..<channels {
                    let dy = p.g[row * channels + c]
                    sum[c] += dy
                    dot[c] = dot[c].addingProduct(p.x[row * channels + c] - p.mean[c], dy)
                }
            }
            for c in 0..<channels {
                sums[c] += sum[c].asDouble
                dots[c] += dot[c].asDouble
            }
        }
        let n = T(Double(batches))
        for c in 0..<channels {
            let (sum, dot, invstd, w) = (T(sums[c]), T(dots[c]), p.invstd[c], p.weight?[c] ?? T.one)
            let k = dot * invstd * invstd / n, gradMean = sum / n
            for row in 0..<batches {
                let i = row * channels + c
                p.gradInput[i] = training ? ((p.g[i] - gradMean) - (p.x[i] - p.mean[c]) * k) * invstd * w : p.g[i] * invstd * w
            }
            p.gradWeight[c] = dot * invstd
            p.gradBias[c] = sum
        }
    }

    /// Inputs with spatial dimensions: sums in double (ATen's vectorised lane order is not
    /// reproduced here).
    private func planesBackward<T: FloatElement>(_ p: BackwardPointers<T>, training: Bool) {
        let n = Double(count)
        for c in 0..<channels {
            let m = p.mean[c].asDouble, s = p.invstd[c].asDouble
            var sumG = 0.0, dot = 0.0
            forEachRun(c) { o in
                for i in 0..<inner { let gv = p.g[o + i].asDouble; sumG += gv; dot += gv * (p.x[o + i].asDouble - m) }
            }
            let scale = s * (p.weight?[c].asDouble ?? 1)
            // In evaluation the statistics are constants: the input gradient is g * scale.
            let k = training ? dot * s * s / n : 0, meanG = training ? sumG / n : 0
            forEachRun(c) { o in
                for i in 0..<inner {
                    p.gradInput[o + i] = T((p.g[o + i].asDouble - meanG - (p.x[o + i].asDouble - m) * k) * scale)
                }
            }
            p.gradWeight[c] = T(dot * s)
            p.gradBias[c] = T(sumG)
        }
    }
}
