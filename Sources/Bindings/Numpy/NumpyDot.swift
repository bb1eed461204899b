/// The float64 dot product in the order of the OpenBLAS `ddot` kernel NumPy uses on x86-64
/// (Haswell): blocks of 16 with four 4-lane fused multiply-add accumulators, the lanes folded
/// pairwise, then the tail added one product at a time. Checked against NumPy 2.4 for lengths
/// 1 to 1000 (see sessions/numpy/summation.txt).
func blasDot(_ x: [Double], _ y: [Double]) -> Double {
    let n = min(x.count, y.count)
    let blocked = n & ~15
    var dot = 0.0
    if blocked > 0 {
        var acc = [Double](repeating: 0, count: 16)  // accumulator k, lane l at 4k + l
        var i = 0
        while i < blocked {
            for j in 0..<16 { acc[j] = acc[j].addingProduct(x[i + j], y[i + j]) }
            i += 16
        }
        // Each accumulator folds its upper half onto its lower: (l0 + l2, l1 + l3).
        func half(_ k: Int, _ l: Int) -> Double { acc[4 * k + l] + acc[4 * k + l + 2] }
        let low = (half(0, 0) + half(1, 0)) + (half(2, 0) + half(3, 0))
        let high = (half(0, 1) + half(1, 1)) + (half(2, 1) + half(3, 1))
        dot = low + high
    }
    for i in blocked..<n { dot += y[i] * x[i] }
    return dot
}
