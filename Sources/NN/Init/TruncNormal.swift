#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Tensors

/// `nn.init.trunc_normal_(t, mean, std, a, b)` as rewritten in PyTorch 2.12: rejection sampling
/// from whole-tensor draws, so the stream of random numbers matches torch's exactly.
/// (`mean` more than 2 std outside [a, b] only warns in PyTorch.) Returns whether any value was
/// redrawn, which costs PyTorch one more in-place write (`tensor.copy_(result)`).
@discardableResult
public func truncNormal<T: RandomFloatingPoint>(_ values: UnsafeMutableBufferPointer<T>, mean: Double, std: Double,
                                                a: Double, b: Double, generator: Generator) -> Bool {
    let n = values.count
    guard n > 0 else { return false }
    func cdf(_ x: Double) -> Double { (1 + erf(x / 2.0.squareRoot())) / 2 }
    let p = cdf((b - mean) / std) - cdf((a - mean) / std)
    var scratch = [T](repeating: 0, count: n)
    if p > 0.3 {
        // Redraw a whole normal tensor while any value lies outside [a, b] (bounds in the dtype).
        let low = T(a), high = T(b)
        T.fillNormal(values, mean: mean, std: std, generator: generator)
        var redrawn = false
        while values.contains(where: { $0 < low || $0 > high }) {
            redrawn = true
            scratch.withUnsafeMutableBufferPointer { fresh in
                T.fillNormal(fresh, mean: mean, std: std, generator: generator)
                for i in 0..<n where values[i] < low || values[i] > high { values[i] = fresh[i] }
            }
        }
        return redrawn
    }
    // Uniform proposals in [a, b], accepted when log(u) <= the log density relative to its peak.
    let mode = max(a, min(mean, b))
    let logPeak = -0.5 * ((mode - mean) / std) * ((mode - mean) / std)
    let meanT = T(mean), stdT = T(std), logPeakT = T(logPeak)
    func logDensity(_ x: T) -> T {
        let z = (x - meanT) / stdT
        return z * z * -0.5 - logPeakT
    }
    var accept = [T](repeating: 0, count: n)
    T.fillUniform(values, from: a, to: b, generator: generator)
    var pending = [Bool](repeating: false, count: n)
    accept.withUnsafeMutableBufferPointer { u in
        T.fillUniform(u, from: 0, to: 1, generator: generator)
        for i in 0..<n { pending[i] = T(log(Double(u[i]))) > logDensity(values[i]) }
    }
    let redrawn = pending.contains(true)
    while pending.contains(true) {
        scratch.withUnsafeMutableBufferPointer { candidates in
            T.fillUniform(candidates, from: a, to: b, generator: generator)
            accept.withUnsafeMutableBufferPointer { u in
                T.fillUniform(u, from: 0, to: 1, generator: generator)
                for i in 0..<n where pending[i] {
                    values[i] = candidates[i]
                    pending[i] = T(log(Double(u[i]))) > logDensity(candidates[i])
                }
            }
        }
    }
    return redrawn
}
