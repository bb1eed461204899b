// Modules: a namespace of global variables. Native modules are built in Swift like this:
//
//     interp.registerModule("geometry") { _ throws(PyError) in
//         let m = PyModule(name: "geometry")
//         let point = PyClass(name: "Point", module: "geometry")
//         point.define("__init__", ["self", "x", "y?"], defaults: ["y": .float(0)]) { a throws(PyError) in
//             guard case .instance(let me) = a[0] else { return .none }
//             me.payload = (try a.double("x"), try a.double("y"))     // Swift data behind the object
//             return .none
//         }
//         point.defineProperty("x") { me in .float((me.payload as? (Double, Double))?.0 ?? 0) }
//         point.define("__add__", ["self", "other"]) { a throws(PyError) in
//             guard case .instance(let p) = a[0], case .instance(let q) = a[1],
//                   let (x1, y1) = p.payload as? (Double, Double), let (x2, y2) = q.payload as? (Double, Double)
//             else { return .notImplemented }                            // lets Python try __radd__
//             return .instance(makeInstance(p.cls, payload: (x1 + x2, y1 + y2)))
//         }
//         m["Point"] = .cls(point)
//         m.define("origin", []) { _ throws(PyError) in .instance(makeInstance(point, payload: (0.0, 0.0))) }
//         return m
//     }
//
// Python code then uses it as usual: `from geometry import Point; (Point(1) + Point(2, 3)).x`.

public final class PyModule {
    public let name: String
    /// Global variables by name; each lives in a Cell so compiled code can hold on to it.
    private(set) var cells: [String: Cell] = [:]
    /// Names in definition order (for dir() and tab completion).
    private(set) var order: [String] = []

    public init(name: String) {
        self.name = name
        self["__name__"] = .str(name)
    }

    public subscript(name: String) -> Value? {
        get { cells[name]?.value }
        set { cell(name).value = newValue }
    }

    /// The cell holding a global, created (unbound) on first reference.
    func cell(_ name: String) -> Cell {
        if let c = cells[name] { return c }
        let c = Cell()
        cells[name] = c
        order.append(name)
        return c
    }

    /// Names currently bound, in definition order.
    public var names: [String] { order.filter { cells[$0]?.value != nil } }

    /// Defines a native function.
    public func define(_ name: String, _ params: [String], defaults: [String: Value] = [:],
                       _ body: @escaping (Args) throws(PyError) -> Value) {
        self[name] = .builtin(PyBuiltin(name: name, params: params, defaults: defaults, body))
    }
}
