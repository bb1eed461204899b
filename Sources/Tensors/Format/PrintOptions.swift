/// `torch.set_printoptions` state. `sciMode` nil means "choose automatically".
public struct PrintOptions: Sendable, Equatable {
    public var precision = 4
    public var threshold = 1000
    public var edgeitems = 3
    public var linewidth = 80
    public var sciMode: Bool?

    public init(precision: Int = 4, threshold: Int = 1000, edgeitems: Int = 3, linewidth: Int = 80,
                sciMode: Bool? = nil) {
        self.precision = precision
        self.threshold = threshold
        self.edgeitems = edgeitems
        self.linewidth = linewidth
        self.sciMode = sciMode
    }

    /// The options `torch.set_printoptions` installs.
    public enum Profile: String, Sendable {
        case `default`, short, full
    }

    /// What `torch.set_printoptions(...)` leaves behind when called on `self`: a profile resets
    /// the four numeric options, given values override it, and `sci_mode` is always replaced
    /// (omitting it means automatic again), as in PyTorch.
    public func setting(precision: Int? = nil, threshold: Int? = nil, edgeitems: Int? = nil,
                        linewidth: Int? = nil, profile: Profile? = nil, sciMode: Bool? = nil) -> PrintOptions {
        var options = self
        switch profile {
        case .default?: options = PrintOptions()
        case .short?: options = PrintOptions(precision: 2, threshold: 1000, edgeitems: 2, linewidth: 80)
        case .full?: options = PrintOptions(precision: 4, threshold: Int.max, edgeitems: 3, linewidth: 80)
        case nil: break
        }
        if let precision { options.precision = precision }
        if let threshold { options.threshold = threshold }
        if let edgeitems { options.edgeitems = edgeitems }
        if let linewidth { options.linewidth = linewidth }
        options.sciMode = sciMode
        return options
    }

    /// The options with every number in a range the printer's arithmetic cannot overflow on
    /// (a user may set anything through `torch.set_printoptions`).
    var sanitized: PrintOptions {
        PrintOptions(precision: min(max(precision, 0), 100), threshold: threshold,
                     edgeitems: min(max(edgeitems, 0), 1 << 40), linewidth: min(max(linewidth, -(1 << 40)), 1 << 40),
                     sciMode: sciMode)
    }

    /// The process-wide options that `repr` of a tensor uses (Flint runs one interpreter
    /// thread, as PyTorch's module-level `PRINT_OPTS` assumes).
    public nonisolated(unsafe) static var current = PrintOptions()
}
