/// `F.layer_norm` (NativeLayerNormBackward0): statistics over the trailing `normalizedShape`
/// dimensions, output `(x - mean) * rstd * weight + bias` in the element
/// type with the last multiply-add fused, as ATen's CPU kernel computes it.
extension Tensor {
    public static func layerNorm(_ input: Tensor, normalizedShape: [Int], weight: Tensor?, bias: Tensor?,
                                 eps: Double) throws(TensorError) -> Tensor {
        let k = normalizedShape.count
        guard k > 0 else { throw .runtime("Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one element, but got normalized_shape = []") }
        for (name, t) in [("weight", weight), ("bias", bias)] {
            if let t, t.shape != normalizedShape {
                throw .runtime("Expected \(name) to be of same shape as normalized_shape, but got \(name) of shape \(shapeString(t.shape)) and normalized_shape = \(shapeString(normalizedShape))")
            }
        }
        guard input.dim >= k, Array(input.shape.suffix(k)) == normalizedShape else {
            let expected = "[*, " + normalizedShape.map(String.init).joined(separator: ", ") + "]"
            throw .runtime("Given normalized_shape=\(shapeString(normalizedShape)), expected input with shape \(expected), but got input of size\(shapeString(input.shape))")
        }
        if [weight, bias].contains(where: { $0 != nil && $0?.dtype != input.dtype }) {
            throw .runtime("mixed dtype (CPU): all inputs must share same datatype.")
        }
        guard input.dtype.isFloatingPoint else { throw .runtime("\"LayerNormKernelImpl\" not implemented for '\(input.dtype.scalarTypeName)'") }
        let x = try input.contiguousData()
        let w = try weight?.contiguousData(dtype: x.dtype), b = try bias?.contiguousData(dtype: x.dtype)
        let rows = RowLayout(rows: normalizedShape.reduce(1, *) == 0 ? 0 : x.numel / normalizedShape.reduce(1, *), width: normalizedShape.reduce(1, *))
        let out = try Tensor(uninitializedOf: x.shape, dtype: x.dtype)
        let mean = try Tensor(zerosOf: [rows.rows], dtype: x.dtype), rstd = try Tensor(zerosOf: [rows.rows], dtype: x.dtype)
        func run<T: FloatElement>(_: T.Type) {
            rows.forward(x.pointer(T.self), out.pointer(T.self), w?.pointer(T.self), b?.pointer(T.self), mean.pointer(T.self), rstd.pointer(T.self), eps: eps)
        }
        if x.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        let inputs = [input] + [weight, bias].compactMap { $0 }
        if needsGrad(inputs) {
            let (hasWeight, hasBias) = (weight != nil, bias != nil)
            out.setHistory("NativeLayerNormBackward0", inputs, saves: true, saved: inputs) { g, need throws(TensorError) in
                let (gi, gw, gb) = try rows.backward(g.contiguousData(dtype: x.dtype), x, w, mean, rstd)
                var grads: [Tensor?] = [need[0] ? try gi.view(input.shape) : nil]
                if hasWeight { grads.append(try gw.view(normalizedShape)) }
                if hasBias { grads.append(try gb.view(normalizedShape)) }
                return grads
            }
        }
        return out
    }
}

/// A contiguous tensor seen as `rows` rows of `width` elements.
struct RowLayout {
    let rows: Int, width: Int

    func forward<T: FloatElement>(_ x: UnsafeMutablePointer<T>, _ y: UnsafeMutablePointer<T>, _ w: UnsafeMutablePointer<T>?,
                                  _ b: UnsafeMutablePointer<T>?, _ mean: UnsafeMutablePointer<T>, _ rstd: UnsafeMutablePointer<T>, eps: Double) {
        for r in 0..<rows {
            let row = x + r * width, out = y + r * width
            // Statistics in double (ATen's float Welford cascade is not reproduced).
            var sum = 0.0
            for i in 0..<width { sum += row[i].asDouble }
            let meanD = sum / Double(width)
            var squares = 0.0
            for i in 0..<width { let d = row[i].asDouble - meanD; squares += d * d }
            let m = T(meanD), rstdT = T.one / (T(squares / Double(width)) + T(eps)).squareRoot()
            mean[r] = m
            rstd[r] = rstdT
            for i in 0..<width {
                out[i] = (b?[i] ?? T.zero).addingProduct((row[i] - m) * rstdT, w?[i] ?? T.one)
            }
        }
    }

    func backward(_ g: Tensor, _ x: Tensor, _ weight: Tensor?, _ mean: Tensor, _ rstd: Tensor) throws(TensorError) -> (Tensor, Tensor, Tensor) {
        let gi = try Tensor(uninitializedOf: x.shape, dtype: x.dtype)
        let gw = try Tensor(zerosOf: [width], dtype: x.dtype), gb = try Tensor(zerosOf: [width], dtype: x.dtype)
        func run<T: FloatElement>(_: T.Type) {
            let (pg, px, pi, w) = (g.pointer(T.self), x.pointer(T.self), gi.pointer(T.self), weight?.pointer(T.self))
            var dw = [Double](repeating: 0, count: width), db = [Double](repeating: 0, count: width)
            let n = Double(width)
            for r in 0..<rows {
                let o = r * width, m = mean.pointer(T.self)[r].asDouble, s = rstd.pointer(T.self)[r].asDouble
                var sumGW = 0.0, sumGWX = 0.0
                for i in 0..<width {
                    let gv = pg[o + i].asDouble, xhat = (px[o + i].asDouble - m) * s
                    let gw = gv * (w?[i].asDouble ?? 1)
                    sumGW += gw
                    sumGWX += gw * xhat
                    dw[i] += gv * xhat
                    db[i] += gv
                }
                for i in 0..<width {
                    let xhat = (px[o + i].asDouble - m) * s
                    let gw = pg[o + i].asDouble * (w?[i].asDouble ?? 1)
                    pi[o + i] = T(s * (gw - sumGW / n - xhat * sumGWX / n))
                }
            }
            for i in 0..<width {
                gw.pointer(T.self)[i] = T(dw[i])
                gb.pointer(T.self)[i] = T(db[i])
            }
        }
        if x.dtype == .float32 { run(Float.self) } else { run(Double.self) }
        return (gi, gw, gb)
    }
}
