/// `%timeit`, as IPython measures: the loop count grows by tens until one timing takes 0.2 s,
/// then seven timings of that many loops give the mean and standard deviation per loop. The
/// loop is Python code, so the statement is parsed once per timing. `-n N` and `-r R` fix the
/// loops and the timings.
struct Timeit {
    var statement: String
    /// Runs source in file mode; false when it raised (the traceback is already shown).
    var run: (String) -> Bool
    var repeats = 7
    var loops: Int?

    /// Reads IPython's `-n N` and `-r R` in front of the statement.
    init(arguments: String, run: @escaping (String) -> Bool) {
        var rest = Substring(arguments)
        while let option = ["-n", "-r"].first(where: { rest.hasPrefix($0 + " ") }) {
            rest = rest.dropFirst(2).drop { $0 == " " }
            let digits = rest.prefix { $0.isNumber }
            rest = rest.dropFirst(digits.count).drop { $0 == " " }
            guard let value = Int(digits), value > 0 else { continue }
            if option == "-n" { loops = value } else { repeats = value }
        }
        statement = String(rest)
        self.run = run
    }

    /// The report line, or nil when the statement failed.
    func measure() -> String? {
        var loops = self.loops ?? 1
        while self.loops == nil {
            guard let seconds = time(loops: loops) else { return nil }
            if seconds >= 0.2 || loops >= 1_000_000_000 { break }
            loops *= 10
        }
        var perLoop: [Double] = []
        for _ in 0..<repeats {
            guard let seconds = time(loops: loops) else { return nil }
            perLoop.append(seconds / Double(loops))
        }
        _ = run("del _timeit_loop\n")
        return Self.report(perLoop: perLoop, loops: loops)
    }

    static func report(perLoop: [Double], loops: Int) -> String {
        let mean = perLoop.reduce(0, +) / Double(max(perLoop.count, 1))
        let variance = perLoop.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(max(perLoop.count, 1))
        let runs = perLoop.count
        return "\(Clock.format(mean)) ± \(Clock.format(variance.squareRoot())) per loop (mean ± std. dev. of \(runs) run\(runs == 1 ? "" : "s"), \(grouped(loops)) loop\(loops == 1 ? "" : "s") each)"
    }

    /// `1,000,000`.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    private func time(loops: Int) -> Double? {
        let source = "for _timeit_loop in range(\(loops)):\n    \(statement)\n"
        let start = Clock.now()
        guard run(source) else { return nil }
        return (Clock.now() - start).wall
    }
}
