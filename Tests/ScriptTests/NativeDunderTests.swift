import Testing
@testable import Script

/// A tensor-like native class: a Swift [Double] payload with the dunders bindings rely on.
private func vectorModule(_ interp: Interpreter) {
    interp.registerModule("vec") { _ throws(PyError) in
        let m = PyModule(name: "vec")
        let vector = PyClass(name: "Vector", module: "vec")
        func data(_ v: Value) -> [Double]? {
            guard case .instance(let i) = v else { return nil }
            return i.payload as? [Double]
        }
        func make(_ d: [Double]) -> Value { .instance(makeInstance(vector, payload: d)) }
        vector.define("__init__", ["self", "*values"]) { a throws(PyError) in
            guard case .instance(let me) = a[0] else { return .none }
            me.payload = try a.positional.map { v throws(PyError) in try a.interp.toDouble(v) }
            return .none
        }
        vector.define("__repr__", ["self"]) { a throws(PyError) in .str("vec(\((data(a[0]) ?? []).map { floatRepr($0) }.joined(separator: ", ")))") }
        vector.define("__len__", ["self"]) { a throws(PyError) in .int(data(a[0])?.count ?? 0) }
        vector.define("__getitem__", ["self", "i"]) { a throws(PyError) in
            let d = data(a[0]) ?? []
            if case .slice(let s) = a[1] {
                let (start, _, step, n) = try a.interp.sliceIndices(s, count: d.count)
                return make((0..<n).map { d[start + $0 * step] })
            }
            let i = try a.int(1)
            guard i >= -d.count && i < d.count else { throw PyError.indexError("index \(i) is out of bounds") }
            return .float(d[i < 0 ? i + d.count : i])
        }
        vector.define("__iter__", ["self"]) { a throws(PyError) in
            .iterator(PyIterator(array: (data(a[0]) ?? []).map { .float($0) }, typeName: "vector_iterator"))
        }
        for (name, op) in [("__add__", { (x: Double, y: Double) in x + y }), ("__mul__", { $0 * $1 })] {
            vector.define(name, ["self", "other"]) { a throws(PyError) in
                guard let x = data(a[0]) else { return .notImplemented }
                if let y = data(a[1]) { return make(zip(x, y).map(op)) }
                if case .instance = a[1] { return .notImplemented }
                guard let k = try? a.interp.toDouble(a[1]) else { return .notImplemented }
                return make(x.map { op($0, k) })
            }
        }
        vector["__radd__"] = vector["__add__"]
        vector["__rmul__"] = vector["__mul__"]
        vector.define("__iadd__", ["self", "other"]) { a throws(PyError) in
            guard case .instance(let me) = a[0], let x = data(a[0]), let y = data(a[1]) else { return .notImplemented }
            me.payload = zip(x, y).map { $0 + $1 }
            return a[0]
        }
        vector.define("__matmul__", ["self", "other"]) { a throws(PyError) in
            guard let x = data(a[0]), let y = data(a[1]) else { return .notImplemented }
            return .float(zip(x, y).map { $0 * $1 }.reduce(0, +))
        }
        vector.define("__neg__", ["self"]) { a throws(PyError) in make((data(a[0]) ?? []).map { -$0 }) }
        vector.define("__eq__", ["self", "other"]) { a throws(PyError) in
            guard let x = data(a[0]), let y = data(a[1]) else { return .notImplemented }
            return make(zip(x, y).map { $0 == $1 ? 1 : 0 })      // elementwise, like tensors
        }
        vector.define("__lt__", ["self", "other"]) { a throws(PyError) in
            guard let x = data(a[0]) else { return .notImplemented }
            let k = try a.interp.toDouble(a[1])
            return make(x.map { $0 < k ? 1 : 0 })
        }
        vector.define("__bool__", ["self"]) { a throws(PyError) in
            let d = data(a[0]) ?? []
            guard d.count == 1 else { throw PyError.runtimeError("Boolean value of Tensor with more than one value is ambiguous") }
            return .bool(d[0] != 0)
        }
        vector.define("__float__", ["self"]) { a throws(PyError) in .float(data(a[0])?.first ?? 0) }
        vector.define("__index__", ["self"]) { a throws(PyError) in .int(Int(data(a[0])?.first ?? 0)) }
        vector.define("__contains__", ["self", "x"]) { a throws(PyError) in .bool((data(a[0]) ?? []).contains(try a.interp.toDouble(a[1]))) }
        vector.define("__format__", ["self", "spec"]) { a throws(PyError) in
            .str(try (data(a[0]) ?? []).map { d throws(PyError) in try a.interp.format(.float(d), try a.string(1)) }.joined(separator: "|"))
        }
        vector.define("__hash__", ["self"]) { _ throws(PyError) in .int(7) }
        vector.define("__call__", ["self", "k"]) { a throws(PyError) in
            let k = try a.double(1)
            return make((data(a[0]) ?? []).map { $0 * k })
        }
        vector.define("__getattr__", ["self", "name"]) { a throws(PyError) in
            let name = try a.string(1)
            guard name == "T" else { throw PyError.attributeError("'Vector' object has no attribute '\(name)'") }
            return make((data(a[0]) ?? []).reversed())
        }
        vector.defineProperty("shape") { me in .tuple([.int((me.payload as? [Double])?.count ?? 0)]) }
        vector.defineClassMethod("zeros", ["cls", "n"]) { a throws(PyError) in
            guard case .cls(let c) = a[0] else { return .none }
            return .instance(makeInstance(c, payload: [Double](repeating: 0, count: try a.int(1))))
        }
        m["Vector"] = .cls(vector)
        return m
    }
}

private func run(_ source: String) -> String {
    let interp = Interpreter()
    vectorModule(interp)
    var out = ""
    interp.output = { out += $0 }
    if let e = interp.run(source) { out += e.formatted() + "\n" }
    return out
}

@Test func nativeDundersBehaveLikePythonOnes() {
    let out = run("""
    from vec import Vector
    v = Vector(1, 2, 3)
    w = Vector(4, 5, 6)
    print(v + w, v * 2, 2 * v, 1 + v, -v, v @ w, len(v), v[-1], v[1:], list(v), 2.0 in v)
    u = v
    u += w
    print(u is v, v, v == Vector(5, 7, 8), v < 6, v.shape, v.T, v(10))
    print(f"{w:.1f}", hash(w), [10, 20, 30][Vector(2)], float(Vector(2.5)), Vector.zeros(2))
    if Vector(1):
        print("truthy")
    try:
        bool(v)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(v.nope)
    """)
    #expect(out == """
    vec(5.0, 7.0, 9.0) vec(2.0, 4.0, 6.0) vec(2.0, 4.0, 6.0) vec(2.0, 3.0, 4.0) vec(-1.0, -2.0, -3.0) 32.0 3 3.0 vec(2.0, 3.0) [1.0, 2.0, 3.0] True
    True vec(5.0, 7.0, 9.0) vec(1.0, 1.0, 0.0) vec(1.0, 0.0, 0.0) (3,) vec(9.0, 7.0, 5.0) vec(50.0, 70.0, 90.0)
    4.0|5.0|6.0 7 30 2.5 vec(0.0, 0.0)
    truthy
    RuntimeError: Boolean value of Tensor with more than one value is ambiguous
    Traceback (most recent call last):
      File "<stdin>", line 15, in <module>
    AttributeError: 'Vector' object has no attribute 'nope'

    """)
}

@Test func pythonSubclassOfNativeAndNativeSubclassOfPython() throws {
    let interp = Interpreter()
    vectorModule(interp)
    var out = ""
    interp.output = { out += $0 }
    #expect(interp.run("""
    import vec
    class Named(vec.Vector):
        def __init__(self, name, *values):
            super().__init__(*values)
            self.name = name
        def __repr__(self):
            return self.name + super().__repr__()
    n = Named("n", 1, 2)
    print(n, n + n, isinstance(n, vec.Vector), type(Named.zeros(1)).__name__)
    class Base:
        def greet(self):
            return "hello from " + type(self).__name__
    """) == nil)
    // A native class deriving from a class written in Python.
    guard case .cls(let base)? = interp.main["Base"] else { Issue.record("no Base"); return }
    let derived = PyClass(name: "Derived", module: "native", bases: [base])
    derived.define("extra", ["self"]) { _ throws(PyError) in .int(42) }
    interp.main["Derived"] = .cls(derived)
    #expect(interp.run("d = Derived()\nprint(d.greet(), d.extra(), isinstance(d, Base))") == nil)
    #expect(out == "nvec(1.0, 2.0) vec(2.0, 4.0) True Named\nhello from Derived 42 True\n")
}
