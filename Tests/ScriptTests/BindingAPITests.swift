import Testing
@testable import Script

/// A native module with a class whose instances carry a Swift payload, as the torch bindings do.
private func registerGeometry(_ interp: Interpreter) {
    interp.registerModule("geometry") { _ throws(PyError) in
        let m = PyModule(name: "geometry")
        let point = PyClass(name: "Point", module: "geometry")
        point.define("__init__", ["self", "x", "y?"], defaults: ["y": .float(0)]) { a throws(PyError) in
            guard case .instance(let me) = a[0] else { return .none }
            me.payload = [try a.double("x"), try a.double("y")]
            return .none
        }
        func coords(_ v: Value) -> [Double]? {
            guard case .instance(let i) = v else { return nil }
            return i.payload as? [Double]
        }
        point.defineProperty("x", get: { me in .float((me.payload as? [Double])?[0] ?? 0) },
                             set: { me, v throws(PyError) in
                                 guard case .float(let d) = v, var c = me.payload as? [Double] else { throw PyError.typeError("x must be float") }
                                 c[0] = d
                                 me.payload = c
                             })
        point.define("__add__", ["self", "other"]) { a throws(PyError) in
            guard let c1 = coords(a[0]), let c2 = coords(a[1]) else { return .notImplemented }
            return .instance(makeInstance(point, payload: [c1[0] + c2[0], c1[1] + c2[1]]))
        }
        point.define("__mul__", ["self", "k"]) { a throws(PyError) in
            guard case .instance(let p) = a[0], let c = coords(a[0]), case .float(let k) = a[1] else { return .notImplemented }
            return .instance(makeInstance(p.cls, payload: c.map { $0 * k }))
        }
        point.define("__rmul__", ["self", "k"]) { a throws(PyError) in try a.interp.binary(.mul, a[0], a[1]) }
        point.define("__repr__", ["self"]) { a throws(PyError) in
            let c = coords(a[0]) ?? []
            return .str("Point(\(c.map { floatRepr($0) }.joined(separator: ", ")))")
        }
        point.define("__len__", ["self"]) { _ throws(PyError) in .int(2) }
        point.define("__getitem__", ["self", "i"]) { a throws(PyError) in
            let c = coords(a[0]) ?? []
            let i = try a.int("i")
            guard i >= 0 && i < c.count else { throw PyError.indexError("point index out of range") }
            return .float(c[i])
        }
        point.defineStatic("origin", []) { _ throws(PyError) in .instance(makeInstance(point, payload: [0.0, 0.0])) }
        m["Point"] = .cls(point)
        m.define("norm", ["p", "*", "squared?"]) { a throws(PyError) in
            let c = coords(a["p"]) ?? []
            let s = c.reduce(0) { $0 + $1 * $1 }
            return .float(try a.optional("squared").map { v throws(PyError) in try a.interp.truthy(v) } == true ? s : s.squareRoot())
        }
        return m
    }
    interp.registerModule("geometry.shapes") { _ throws(PyError) in
        let m = PyModule(name: "geometry.shapes")
        m["SIDES"] = .int(4)
        return m
    }
}

private func run(_ source: String) -> String {
    let interp = Interpreter()
    registerGeometry(interp)
    var out = ""
    interp.output = { out += $0 }
    if let e = interp.run(source) { out += e.formatted() + "\n" }
    return out
}

@Test func nativeClassFromPython() {
    let out = run("""
    from geometry import Point, norm
    p = Point(3.0, 4.0)
    q = p + Point(1.0)
    print(p, q, 2.0 * q, len(p), p[1], list(p))
    print(norm(p), norm(p, squared=True))
    p.x = 10.0
    print(p.x, Point.origin(), isinstance(p, Point))
    """)
    #expect(out == """
    Point(3.0, 4.0) Point(4.0, 4.0) Point(8.0, 8.0) 2 4.0 [3.0, 4.0]
    5.0 25.0
    10.0 Point(0.0, 0.0) True

    """)
}

@Test func pythonSubclassOfNativeClass() {
    let out = run("""
    import geometry
    class Labeled(geometry.Point):
        def __init__(self, label, x, y):
            super().__init__(x, y)
            self.label = label
        def __repr__(self):
            return self.label + ":" + super().__repr__()
    l = Labeled("a", 1.0, 2.0)
    print(l, l + l, l.x, isinstance(l, geometry.Point))
    """)
    #expect(out == "a:Point(1.0, 2.0) Point(2.0, 4.0) 1.0 True\n")
}

@Test func submodulesAndErrors() {
    let out = run("""
    import geometry.shapes as shapes
    import geometry
    print(shapes.SIDES, geometry.shapes.SIDES)
    from geometry import Point
    Point(1.0)[5]
    """)
    #expect(out == """
    4 4
    Traceback (most recent call last):
      File "<stdin>", line 5, in <module>
    IndexError: point index out of range

    """)
}

@Test func registeredSubmoduleLoadsOnAttributeAccess() {
    let out = run("""
    import geometry
    print(geometry.shapes.SIDES, 'shapes' in dir(geometry))
    from geometry import shapes
    print(shapes.SIDES)
    """)
    #expect(out == "4 True\n4\n")
}

@Test func evaluateForCompletion() throws {
    let interp = Interpreter()
    _ = interp.run("items = [[1, 2], 'ab']")
    let v = try interp.evaluate("items[1]")
    #expect(try interp.repr(v) == "'ab'")
    #expect(interp.dir(v).contains("upper"))
    #expect(throws: PyError.self) { try interp.evaluate("items[") }
}

@Test func sourceModuleAndCallsFromSwift() throws {
    let interp = Interpreter()
    interp.registerSourceModule("helpers", source: """
    class Module:
        def __init__(self):
            object.__setattr__(self, '_modules', {})
        def __setattr__(self, name, value):
            if isinstance(value, Module):
                self._modules[name] = value
            object.__setattr__(self, name, value)
        def __call__(self, *args):
            return self.forward(*args)
    def twice(x):
        return 2 * x
    """)
    var out = ""
    interp.output = { out += $0 }
    let err = interp.run("""
    import helpers
    class Net(helpers.Module):
        def __init__(self):
            super().__init__()
            self.child = helpers.Module()
        def forward(self, x):
            return helpers.twice(x) + 1
    net = Net()
    print(net(20), list(net._modules))
    """)
    #expect(err == nil)
    #expect(out == "41 ['child']\n")
    let helpers = try interp.importModule("helpers")
    let twice = try #require(helpers["twice"])
    let r = try interp.call(twice, [.int(21)])
    #expect(try interp.repr(r) == "42")
    #expect(interp.globalNames().contains("net"))
}
