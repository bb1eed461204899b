#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Script
import Tensors

// `numpy.linalg`: norm, and det, inv, solve by LU factorisation with partial pivoting (what
// LAPACK's getrf/gesv do; results agree with NumPy to rounding). det is sign · exp(log|det|)
// as NumPy computes it.

let LinAlgErrorClass = PyClass(name: "LinAlgError", module: "numpy.linalg", bases: [ValueErrorClass])

/// A row-major square matrix factored in place as P·A = L·U.
private struct LUFactors {
    var lu: [Double]
    let n: Int
    var pivots: [Int]
    var sign = 1.0
    var singular = false

    init(_ values: [Double], _ n: Int) {
        lu = values
        self.n = n
        pivots = Array(0..<n)
        for k in 0..<n {
            var p = k
            for i in k..<n where abs(lu[i * n + k]) > abs(lu[p * n + k]) { p = i }
            if lu[p * n + k] == 0 { singular = true; continue }
            if p != k {
                for j in 0..<n { lu.swapAt(k * n + j, p * n + j) }
                pivots.swapAt(k, p)
                sign = -sign
            }
            let pivot = lu[k * n + k]
            for i in (k + 1)..<n {
                let factor = lu[i * n + k] / pivot
                lu[i * n + k] = factor
                for j in (k + 1)..<n { lu[i * n + j] -= factor * lu[k * n + j] }
            }
        }
    }

    /// Solves A·x = b for one right-hand side.
    func solve(_ b: [Double]) -> [Double] {
        var x = pivots.map { b[$0] }
        for i in 0..<n { for j in 0..<i { x[i] -= lu[i * n + j] * x[j] } }
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in (i + 1)..<n { x[i] -= lu[i * n + j] * x[j] }
            x[i] /= lu[i * n + i]
        }
        return x
    }
}

/// The argument as a float64 square matrix, with NumPy's checks.
private func squareMatrix(_ v: Value, _ interp: Interpreter) throws(PyError) -> (values: [Double], n: Int) {
    let t = try asTensor(v, interp)
    guard t.dim >= 2 else {
        throw PyError(LinAlgErrorClass, "\(t.dim)-dimensional array given. Array must be at least two-dimensional")
    }
    guard t.dim == 2 else { throw PyError.notImplementedError("stacked matrices are not supported") }
    guard t.shape[0] == t.shape[1] else { throw PyError(LinAlgErrorClass, "Last 2 dimensions of the array must be square") }
    return (try engine { try t.doubles() }, t.shape[0])
}

func makeLinalg() -> PyModule {
    let m = PyModule(name: "numpy.linalg")
    m["LinAlgError"] = .cls(LinAlgErrorClass)
    m.define("norm", ["x", "ord?", "axis?", "keepdims?"]) { a throws(PyError) in
        let t = try asTensor(a[0], a.interp)
        let x = try engine { try t.to(t.isFloatingPoint ? t.dtype : .float64) }
        if let o = a.optional("ord"), !o.isNone { throw PyError.notImplementedError("norm with ord=\(try a.interp.repr(o)) is not supported") }
        let axes = try a.axes(of: t), keep = try a.flag("keepdims")
        if axes == nil && x.dtype == .float64 {
            // NumPy takes sqrt(x · x) over all elements, a BLAS dot.
            let values = try engine { try x.doubles() }
            let norm = blasDot(values, values).squareRoot()
            return wrapResult(try engine { try Tensor.full(keep ? Array(repeating: 1, count: x.dim) : [], .double(norm), dtype: .float64) })
        }
        let squares = try engine { try x.mul(x) }
        return wrapResult(try engine { try numpySum(squares, axes: axes, keepdims: keep).sqrt() })
    }
    m.define("det", ["a"]) { a throws(PyError) in
        let (values, n) = try squareMatrix(a[0], a.interp)
        let f = LUFactors(values, n)
        var logdet = 0.0, sign = f.sign
        for i in 0..<n {
            let u = f.lu[i * n + i]
            if u < 0 { sign = -sign }
            logdet += log(abs(u))
        }
        let det = f.singular ? 0 : sign * exp(logdet)
        return wrapScalar(try engine { try Tensor.scalar(.double(det), dtype: .float64) })
    }
    m.define("solve", ["a", "b"]) { a throws(PyError) in
        let (values, n) = try squareMatrix(a[0], a.interp)
        let b = try engine { try asTensor(a[1], a.interp, dtype: .float64) }
        let f = LUFactors(values, n)
        if f.singular { throw PyError(LinAlgErrorClass, "Singular matrix") }
        guard b.dim >= 1 && b.dim <= 2, b.shape[0] == n else {
            throw PyError.valueError("solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n) (size \(b.dim > 0 ? b.shape[0] : 0) is different from \(n))")
        }
        if b.dim == 1 { return wrapArray(try engine { try Tensor.from(f.solve(try b.doubles()), shape: [n], dtype: .float64) }) }
        let columns = try engine { try b.transpose(0, 1).contiguous().doubles() }, k = b.shape[1]
        var out = [Double](repeating: 0, count: n * k)
        for c in 0..<k {
            let x = f.solve(Array(columns[(c * n)..<((c + 1) * n)]))
            for i in 0..<n { out[i * k + c] = x[i] }
        }
        return wrapArray(try engine { try Tensor.from(out, shape: [n, k], dtype: .float64) })
    }
    m.define("inv", ["a"]) { a throws(PyError) in
        let (values, n) = try squareMatrix(a[0], a.interp)
        let f = LUFactors(values, n)
        if f.singular { throw PyError(LinAlgErrorClass, "Singular matrix") }
        var out = [Double](repeating: 0, count: n * n)
        for c in 0..<n {
            var e = [Double](repeating: 0, count: n)
            e[c] = 1
            let x = f.solve(e)
            for i in 0..<n { out[i * n + c] = x[i] }
        }
        return wrapArray(try engine { try Tensor.from(out, shape: [n, n], dtype: .float64) })
    }
    return m
}
