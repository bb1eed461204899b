import Glibc

/// Wall and CPU time for `%time` and `%timeit`.
struct Clock {
    var wall: Double
    var user: Double
    var system: Double

    static func now() -> Clock {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return Clock(wall: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9,
                     user: seconds(usage.ru_utime), system: seconds(usage.ru_stime))
    }

    static func - (a: Clock, b: Clock) -> Clock {
        Clock(wall: a.wall - b.wall, user: a.user - b.user, system: a.system - b.system)
    }

    /// IPython's `_format_time`: three significant digits in s, ms, µs or ns; minutes and
    /// hours spelled out from a minute on.
    static func format(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds < 1e12 else { return "\(seconds) s" }
        if seconds >= 60 {
            var rest = seconds
            var parts: [String] = []
            for (suffix, length) in [("d", 86400.0), ("h", 3600.0), ("min", 60.0), ("s", 1.0)] {
                let value = (rest / length).rounded(.down)
                if value > 0 {
                    parts.append("\(Int(value))\(suffix)")
                    rest -= value * length
                }
                if rest < 1 { break }
            }
            return parts.joined(separator: " ")
        }
        let units = ["s", "ms", "µs", "ns"]
        // Python's floor division: -(floor(log10(t)) // 3).
        let exponent = seconds > 0 ? Int(log10(seconds).rounded(.down)) : -9
        let order = min(max(-Int((Double(exponent) / 3).rounded(.down)), 0), 3)
        let scaled = seconds * pow(1000, Double(order))
        return significant(scaled, digits: 3) + " " + units[order]
    }

    /// `%.3g`: at most `digits` significant digits, no trailing zeros.
    static func significant(_ value: Double, digits: Int) -> String {
        guard value.isFinite, value != 0 else { return "0" }
        let magnitude = Int((log10(abs(value))).rounded(.down))
        let decimals = max(digits - 1 - magnitude, 0)
        var text = cFormat("%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
