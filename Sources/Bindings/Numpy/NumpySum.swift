import Script
import Tensors

// NumPy's float summation order, so sums, means, variances and norms agree with NumPy to the
// last bit: pairwise summation (`pairwise_sum` in loops_utils.h) along the contiguous innermost
// block, and plain accumulation across the other reduced axes in row-major order.

/// NumPy's `pairwise_sum`: 8 accumulators over blocks of up to 128, halves above that.
private func pairwiseSum<T: BinaryFloatingPoint>(_ a: UnsafePointer<T>, _ n: Int) -> T {
    if n < 8 {
        var sum: T = 0
        for i in 0..<n { sum += a[i] }
        return sum
    }
    if n <= 128 {
        var r = (a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7])
        var i = 8
        while i < n - n % 8 {
            r.0 += a[i]; r.1 += a[i + 1]; r.2 += a[i + 2]; r.3 += a[i + 3]
            r.4 += a[i + 4]; r.5 += a[i + 5]; r.6 += a[i + 6]; r.7 += a[i + 7]
            i += 8
        }
        var sum = ((r.0 + r.1) + (r.2 + r.3)) + ((r.4 + r.5) + (r.6 + r.7))
        while i < n { sum += a[i]; i += 1 }
        return sum
    }
    var half = n / 2
    half -= half % 8
    return pairwiseSum(a, half) + pairwiseSum(a + half, n - half)
}

/// Sums `values` (row-major over `shape`) over the axes in `reduced`.
private func reduceSum<T: BinaryFloatingPoint>(_ values: [T], _ shape: [Int], _ reduced: Set<Int>) -> [T] {
    // The trailing reduced axes form one contiguous block, summed pairwise.
    var k = shape.count, inner = 1
    while k > 0 && reduced.contains(k - 1) { k -= 1; inner &*= shape[k] }
    // Output strides of the leading axes (0 for reduced ones), row-major over the kept axes.
    var outStrides = [Int](repeating: 0, count: k)
    var outCount = 1
    for d in stride(from: k - 1, through: 0, by: -1) where !reduced.contains(d) {
        outStrides[d] = outCount
        outCount &*= shape[d]
    }
    var out = [T](repeating: 0, count: outCount)
    let outer = shape.prefix(k).reduce(1, &*)
    guard inner > 0 && outer > 0 else { return out }
    var index = [Int](repeating: 0, count: k)
    var position = 0
    values.withUnsafeBufferPointer { p in
        guard let base = p.baseAddress else { return }
        for o in 0..<outer {
            out[position] += pairwiseSum(base + o * inner, inner)
            // Next row-major index over the leading axes.
            var d = k - 1
            while d >= 0 {
                index[d] += 1
                position += outStrides[d]
                if index[d] < shape[d] { break }
                position -= outStrides[d] * index[d]
                index[d] = 0
                d -= 1
            }
        }
    }
    return out
}

/// `np.sum` of a floating array in NumPy's order (nil axes: all).
func numpySum(_ t: Tensor, axes: [Int]?, keepdims: Bool) throws(PyError) -> Tensor {
    let reduced = Set(axes ?? Array(0..<t.dim))
    let keptShape = t.shape.enumerated().map { reduced.contains($0.offset) ? 1 : $0.element }
    let outShape = keepdims ? keptShape : t.shape.enumerated().filter { !reduced.contains($0.offset) }.map(\.element)
    return try engine {
        if t.dtype == .float32 {
            let sums = reduceSum(try t.floats(), t.shape, reduced)
            return try Tensor.from(sums.map(Double.init), shape: outShape, dtype: .float32)
        }
        return try Tensor.from(reduceSum(try t.doubles(), t.shape, reduced), shape: outShape, dtype: .float64)
    }
}

/// How many elements each output of a reduction over `axes` combines.
func reducedCount(_ t: Tensor, _ axes: [Int]?) -> Int {
    (axes ?? Array(0..<t.dim)).reduce(1) { $0 &* t.shape[$1] }
}

/// `np.mean`: the NumPy-ordered sum divided by the count.
func numpyMean(_ t: Tensor, axes: [Int]?, keepdims: Bool) throws(PyError) -> Tensor {
    let sum = try numpySum(t, axes: axes, keepdims: keepdims)
    let n = reducedCount(t, axes)
    return try engine { try sum.div(.int(Int64(n))) }
}

/// `np.var`: mean of squared deviations from the mean, over n - ddof.
func numpyVariance(_ t: Tensor, axes: [Int]?, ddof: Double, keepdims: Bool) throws(PyError) -> Tensor {
    let mean = try numpyMean(t, axes: axes, keepdims: true)
    let deviations = try engine { () throws -> Tensor in let x = try t.sub(mean); return try x.mul(x) }
    let sum = try numpySum(deviations, axes: axes, keepdims: keepdims)
    let count = max(Double(reducedCount(t, axes)) - ddof, 0)
    return try engine { try sum.div(.double(count)) }
}
