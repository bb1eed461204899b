/// A Jupyter notebook (nbformat 4) as far as Flint uses it: code and markdown cells, and the
/// outputs stored with code cells.
struct Notebook: Equatable {
    struct Cell: Equatable {
        enum Kind: String { case code, markdown, raw }
        var kind: Kind
        var source: String
        var outputs: [CellOutput]
    }

    var cells: [Cell]

    /// Reads `.ipynb` JSON.
    init(json text: String) throws(JSONParser.Failure) {
        let json = try JSONParser.parse(text)
        guard let cells = json["cells"]?.array else {
            throw JSONParser.Failure(offset: 0, reason: "no \"cells\" list: not a notebook")
        }
        self.cells = cells.map { cell in
            Cell(kind: cell["cell_type"]?.string.flatMap(Cell.Kind.init) ?? .raw,
                 source: cell["source"]?.multilineText ?? "",
                 outputs: (cell["outputs"]?.array ?? []).compactMap(CellOutput.init(json:)))
        }
    }

    init(cells: [Cell]) {
        self.cells = cells
    }

    /// A `.py` file in the percent format: `# %%` starts a code cell, `# %% [markdown]` a
    /// markdown cell whose `# ` comment lines are its text. Without markers: one code cell.
    init(percentScript source: String) {
        var cells: [Cell] = []
        var kind = Cell.Kind.code
        var lines: [String] = []
        func close() {
            var body = lines
            while let last = body.last, TranscriptText.isBlank(last) { body.removeLast() }
            while let first = body.first, TranscriptText.isBlank(first) { body.removeFirst() }
            if kind == .markdown { body = body.map { $0.hasPrefix("# ") ? String($0.dropFirst(2)) : $0 == "#" ? "" : $0 } }
            if !body.isEmpty { cells.append(Cell(kind: kind, source: body.joined(separator: "\n"), outputs: [])) }
            lines = []
        }
        for line in TranscriptText.pythonLines(source) {
            if line.hasPrefix("# %%") {
                close()
                kind = line.contains("[markdown]") || line.contains("[md]") ? .markdown : .code
            } else {
                lines.append(line)
            }
        }
        close()
        self.cells = cells
    }

    /// nbformat 4.5 JSON, as Jupyter writes it.
    var json: JSON {
        var count = 0
        let cells: [JSON] = cells.enumerated().map { index, cell in
            var members: [(String, JSON)] = [
                ("cell_type", .string(cell.kind.rawValue)),
                ("id", .string("cell-\(index)")),
                ("metadata", .object([])),
                ("source", JSON.lines(cell.source)),
            ]
            if cell.kind == .code {
                count += 1
                members.append(("execution_count", .number(Double(count))))
                members.append(("outputs", .array(cell.outputs.map { $0.json(executionCount: count) })))
            }
            return .object(members)
        }
        return .object([
            ("cells", .array(cells)),
            ("metadata", .object([
                ("kernelspec", .object([("display_name", .string("Python 3")), ("language", .string("python")),
                                        ("name", .string("python3"))])),
                ("language_info", .object([("name", .string("python"))])),
            ])),
            ("nbformat", .number(4)),
            ("nbformat_minor", .number(5)),
        ])
    }
}

/// One stored output of a code cell.
enum CellOutput: Equatable {
    /// Printed text (a `stream` to stdout; stderr, where progress bars and warnings go, is
    /// left out as doctest leaves it out).
    case stream(String)
    /// The repr of the cell's last expression (`execute_result`, its `text/plain`).
    case result(String)
    /// Something else shown, such as a figure (`display_data`, its `text/plain`).
    case display(String)
    /// An uncaught exception (`error`): its name, message and traceback lines.
    case error(name: String, value: String, traceback: [String])

    init?(json: JSON) {
        switch json["output_type"]?.string {
        case "stream":
            guard json["name"]?.string != "stderr" else { return nil }
            self = .stream(json["text"]?.multilineText ?? "")
        case "execute_result":
            guard let text = json["data"]?["text/plain"]?.multilineText else { return nil }
            self = .result(text)
        case "display_data":
            guard let text = json["data"]?["text/plain"]?.multilineText else { return nil }
            self = .display(text)
        case "error":
            self = .error(name: json["ename"]?.string ?? "", value: json["evalue"]?.string ?? "",
                          traceback: json["traceback"]?.array?.compactMap(\.string) ?? [])
        default:
            return nil
        }
    }

    func json(executionCount: Int) -> JSON {
        switch self {
        case .stream(let text):
            .object([("name", .string("stdout")), ("output_type", .string("stream")), ("text", JSON.lines(text))])
        case .result(let text):
            .object([("data", .object([("text/plain", JSON.lines(text))])),
                     ("execution_count", .number(Double(executionCount))),
                     ("metadata", .object([])), ("output_type", .string("execute_result"))])
        case .display(let text):
            .object([("data", .object([("text/plain", JSON.lines(text))])),
                     ("metadata", .object([])), ("output_type", .string("display_data"))])
        case .error(let name, let value, let traceback):
            .object([("ename", .string(name)), ("evalue", .string(value)), ("output_type", .string("error")),
                     ("traceback", .array(traceback.map(JSON.string)))])
        }
    }

    /// The output as a transcript shows it: a result on its own line, an error as doctest's
    /// three-line traceback.
    var transcriptText: String {
        switch self {
        case .stream(let text): text
        case .result(let text), .display(let text): text + "\n"
        case .error(let name, let value, _):
            TranscriptText.tracebackHeader + "\n  ...\n" + (value.isEmpty ? name : "\(name): \(value)") + "\n"
        }
    }
}
