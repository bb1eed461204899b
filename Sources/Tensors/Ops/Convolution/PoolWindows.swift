/// The windows of a 2-D pooling over [H, W] planes: for each output position, the in-plane
/// offsets it reads (padding left out) and the divisor an average uses. Computed once per call
/// and shared by every plane and by backward.
struct PoolWindows {
    let outHeight: Int, outWidth: Int
    private(set) var offsets: [Int] = []
    /// offsets[starts[p]..<starts[p + 1]] belong to output position p.
    private(set) var starts: [Int] = [0]
    private(set) var divisors: [Int] = []

    /// Windows of kernel/stride/padding/dilation (max and average pooling). `countIncludePad`
    /// divides by the window clipped to the padded input, as ATen's avg_pool2d does.
    init(height: Int, width: Int, kernel: (Int, Int), stride: (Int, Int), padding: (Int, Int), dilation: (Int, Int),
         outHeight: Int, outWidth: Int, countIncludePad: Bool, divisorOverride: Int?) {
        self.outHeight = outHeight
        self.outWidth = outWidth
        for oi in 0..<outHeight {
            for oj in 0..<outWidth {
                let (i0, j0) = (oi * stride.0 - padding.0, oj * stride.1 - padding.1)
                for ki in 0..<kernel.0 {
                    let i = i0 + ki * dilation.0
                    guard i >= 0 && i < height else { continue }
                    for kj in 0..<kernel.1 {
                        let j = j0 + kj * dilation.1
                        if j >= 0 && j < width { offsets.append(i * width + j) }
                    }
                }
                let padded = (Swift.min(i0 + kernel.0, height + padding.0) - i0) * (Swift.min(j0 + kernel.1, width + padding.1) - j0)
                divisors.append(divisorOverride ?? (countIncludePad ? padded : offsets.count - starts[starts.count - 1]))
                starts.append(offsets.count)
            }
        }
    }

    /// Adaptive windows: output row o covers input rows floor(o * H / OH) ..< ceil((o + 1) * H / OH).
    init(height: Int, width: Int, outHeight: Int, outWidth: Int) {
        self.outHeight = outHeight
        self.outWidth = outWidth
        for oi in 0..<outHeight {
            let (i0, i1) = (oi * height / outHeight, ((oi + 1) * height + outHeight - 1) / outHeight)
            for oj in 0..<outWidth {
                let (j0, j1) = (oj * width / outWidth, ((oj + 1) * width + outWidth - 1) / outWidth)
                for i in i0..<i1 { for j in j0..<j1 { offsets.append(i * width + j) } }
                divisors.append((i1 - i0) * (j1 - j0))
                starts.append(offsets.count)
            }
        }
    }

    var outPlaneSize: Int { outHeight * outWidth }

    /// Max of each window and the in-plane offset it came from; as ATen's loop, a NaN always
    /// replaces the running maximum (so the last NaN wins).
    func max<T: TensorElement>(_ plane: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>, _ indices: UnsafeMutablePointer<Int64>) {
        for p in 0..<outPlaneSize where starts[p] < starts[p + 1] {
            var at = offsets[starts[p]], best = plane[at]
            for q in starts[p]..<starts[p + 1] {
                let v = plane[offsets[q]]
                if v > best || v.isNaNValue {
                    best = v
                    at = offsets[q]
                }
            }
            out[p] = best
            indices[p] = Int64(at)
        }
    }

    func average<T: FloatElement>(_ plane: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>) {
        for p in 0..<outPlaneSize {
            var sum = T.zero
            for q in starts[p]..<starts[p + 1] { sum += plane[offsets[q]] }
            out[p] = sum / T(Double(divisors[p]))
        }
    }

    /// Integer averages: the window's sum divided with truncation.
    func truncatedAverage<T: TensorElement>(_ plane: UnsafePointer<T>, _ out: UnsafeMutablePointer<T>) {
        for p in 0..<outPlaneSize {
            var sum: Int64 = 0
            for q in starts[p]..<starts[p + 1] { sum &+= plane[offsets[q]].asInt64 }
            out[p] = T(fromInt64: divisors[p] == 0 ? 0 : sum.dividedReportingOverflow(by: Int64(divisors[p])).partialValue)
        }
    }

    /// Spreads each output gradient evenly over its window (the adjoint of `average`).
    func averageBackward<T: FloatElement>(_ grad: UnsafePointer<T>, _ plane: UnsafeMutablePointer<T>) {
        for p in 0..<outPlaneSize {
            let share = grad[p] / T(Double(divisors[p]))
            for q in starts[p]..<starts[p + 1] { plane[offsets[q]] += share }
        }
    }
}
