// random: placeholder generator until the MT19937 port lands.

func makeRandomModule() -> PyModule {
    let m = PyModule(name: "random")
    nonisolated(unsafe) var state: UInt64 = 0x853c49e6748fea9b
    func next() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) * (1.0 / 9007199254740992.0)
    }
    m.define("seed", ["a?"]) { a throws(PyError) in
        state = UInt64(bitPattern: Int64(try a.optional("a").map { (v: Value) throws(PyError) in try a.interp.toIndex(v) } ?? 0))
        return .none
    }
    m.define("random", []) { _ throws(PyError) in .float(next()) }
    return m
}
