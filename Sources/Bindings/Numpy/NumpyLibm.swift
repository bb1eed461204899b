#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Script
import Tensors

// Ufuncs the engine has no kernel for, computed with the C math library as NumPy's float64
// loops are (float32 in float, as NumPy's float loops are).

func libmUfuncs() -> [ArrayOp] {
    let floatingFunctions: [(String, (Double) -> Double, (Float) -> Float)] = [
        ("log2", log2, log2f), ("log10", log10, log10f), ("log1p", log1p, log1pf), ("expm1", expm1, expm1f), ("tan", tan, tanf),
        ("arcsin", asin, asinf), ("arccos", acos, acosf), ("arctan", atan, atanf),
        ("sinh", sinh, sinhf), ("cosh", cosh, coshf), ("arctanh", atanh, atanhf), ("cbrt", cbrt, cbrtf),
    ]
    let predicates: [(String, (Double) -> Bool)] = [
        ("isinf", { $0.isInfinite }), ("isfinite", { $0.isFinite }), ("signbit", { $0.sign == .minus }),
    ]
    var ops = floatingFunctions.map { name, f64, f32 in
        ArrayOp(name, ["out?"], method: false) { a, t throws(PyError) in
            if t.dtype == .float32 {
                let values = try engine { try t.floats() }.map(f32)
                return ufuncResult(a, try engine { try Tensor.from(values.map(Double.init), shape: t.shape, dtype: .float32) })
            }
            let values = try engine { try t.doubles() }.map(f64)
            return ufuncResult(a, try engine { try Tensor.from(values, shape: t.shape, dtype: .float64) })
        }
    }
    ops += predicates.map { name, test in
        ArrayOp(name, method: false) { a, t throws(PyError) in
            let values = try engine { try t.doubles() }.map(test)
            return ufuncResult(a, try engine { try Tensor.from(values, shape: t.shape) })
        }
    }
    return ops
}
