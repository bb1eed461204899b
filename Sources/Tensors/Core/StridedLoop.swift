/// Row-wise iteration over several strided operands of one shape. Dimensions that are
/// laid out back to back in every operand are merged first, so contiguous tensors become one
/// long row and kernels run a tight inner loop; broadcast operands have stride 0.
struct StridedLoop {
    var shape: [Int]
    var strides: [[Int]]

    init(shape: [Int], strides: [[Int]]) {
        var sh: [Int] = []
        var st = [[Int]](repeating: [], count: strides.count)
        for d in 0..<shape.count where shape[d] != 1 {
            if !sh.isEmpty, strides.indices.allSatisfy({ strides[$0][d] &* shape[d] == st[$0].last }) {
                sh[sh.count - 1] = sh[sh.count - 1] &* shape[d]
                for k in strides.indices { st[k][st[k].count - 1] = strides[k][d] }
            } else {
                sh.append(shape[d])
                for k in strides.indices { st[k].append(strides[k][d]) }
            }
        }
        self.shape = sh
        self.strides = st
    }

    /// Calls `body(offsets, count, innerStrides)` once per row; offsets are element offsets
    /// of each operand's first element in the row.
    @inline(__always)
    func forEachRow(_ body: (_ offsets: [Int], _ count: Int, _ inner: [Int]) -> Void) {
        let k = strides.count
        if shape.contains(0) { return }
        guard let n = shape.last else {
            body([Int](repeating: 0, count: k), 1, [Int](repeating: 0, count: k))
            return
        }
        let inner = strides.map { $0[$0.count - 1] }
        let outer = shape.count - 1
        var index = [Int](repeating: 0, count: outer)
        var offsets = [Int](repeating: 0, count: k)
        while true {
            body(offsets, n, inner)
            // Advance the outer index like an odometer.
            var d = outer - 1
            while d >= 0 {
                index[d] += 1
                for j in 0..<k { offsets[j] &+= strides[j][d] }
                if index[d] < shape[d] { break }
                for j in 0..<k { offsets[j] &-= strides[j][d] &* shape[d] }
                index[d] = 0
                d -= 1
            }
            if d < 0 { return }
        }
    }
}

/// Strides of `t` seen as broadcast to `shape` (stride 0 along new or size-1 dimensions).
func broadcastStrides(_ t: Tensor, to shape: [Int]) -> [Int] {
    var out = [Int](repeating: 0, count: shape.count)
    let lead = shape.count - t.dim
    for d in 0..<t.dim where t.shape[d] != 1 {
        out[lead + d] = t.strides[d]
    }
    return out
}

/// PyTorch's broadcasting of two shapes, with its message when they do not match.
func broadcastShapes(_ a: [Int], _ b: [Int]) throws(TensorError) -> [Int] {
    if a == b { return a }
    let n = Swift.max(a.count, b.count)
    var out = [Int](repeating: 1, count: n)
    // From the last dimension, as PyTorch's infer_size reports the first mismatch it meets.
    for i in stride(from: n - 1, through: 0, by: -1) {
        let da = i - (n - a.count), db = i - (n - b.count)
        let sa = da >= 0 ? a[da] : 1, sb = db >= 0 ? b[db] : 1
        if sa == sb || sb == 1 { out[i] = sa } else if sa == 1 { out[i] = sb } else {
            throw .runtime("The size of tensor a (\(sa)) must match the size of tensor b (\(sb)) at non-singleton dimension \(i)")
        }
    }
    return out
}
