import Script

// The `graphviz` module's Graph and Digraph (what torchviz.make_dot returns): building DOT
// source, saving it, and rendering it with Graphviz's programs (GraphvizRender.swift).

let DotClass = PyClass(name: "Dot", module: "graphviz.dot")
let DigraphClass = PyClass(name: "Digraph", module: "graphviz.graphs", bases: [DotClass])
let GraphClass = PyClass(name: "Graph", module: "graphviz.graphs", bases: [DotClass])

func wrap(_ graph: DotGraph) -> Value { .instance(PyInstance(DigraphClass, payload: graph)) }

private func dotGraph(_ v: Value) throws(PyError) -> DotGraph {
    guard case .instance(let i) = v, let g = i.payload as? DotGraph else {
        throw PyError.typeError("descriptor requires a 'graphviz.graphs.Digraph' object but received a '\(typeName(v))'")
    }
    return g
}

extension Args {
    /// A string argument, or nil for None / absent.
    fileprivate func optionalString(_ name: String) throws(PyError) -> String? {
        guard let v = optional(name), !v.isNone else { return nil }
        return try interp.str(v)
    }

    /// Attributes from an optional mapping parameter followed by `**kwargs`, values as str().
    fileprivate func attributes(_ mapping: String?) throws(PyError) -> [(String, String)] {
        var pairs: [(Value, Value)] = []
        if let mapping, let m = optional(mapping), !m.isNone {
            guard case .dict(let d) = m else { throw PyError.typeError("attributes must be a dict, not \(typeName(m))") }
            pairs = d.items
        }
        pairs += keywords.map { (.str($0.0), $0.1) }
        var out: [(String, String)] = []
        for (k, v) in pairs where !v.isNone { out.append((try interp.str(k), try interp.str(v))) }
        return out
    }
}

func makeGraphviz() -> PyModule {
    let m = PyModule(name: "graphviz")
    _ = dotClassMethods
    m["Digraph"] = .cls(DigraphClass)
    m["Graph"] = .cls(GraphClass)
    m["ExecutableNotFound"] = .cls(ExecutableNotFoundClass)
    m["CalledProcessError"] = .cls(CalledProcessErrorClass)
    return m
}

/// Dot's methods, defined once per process: the classes are shared by every interpreter, and
/// several may import graphviz at once (tests run in parallel).
private let dotClassMethods: Void = {
    let c = DotClass
    c.define("__init__", ["self", "name?", "comment?", "filename?", "directory?", "format?", "engine?", "encoding?",
                          "graph_attr?", "node_attr?", "edge_attr?", "body?", "strict?"]) { a throws(PyError) in
        guard case .instance(let me) = a[0] else { return .none }
        let g = DotGraph(directed: !me.cls.isSubclass(of: GraphClass), className: me.cls.name)
        g.name = try a.optionalString("name")
        g.comment = try a.optionalString("comment")
        g.filename = try a.optionalString("filename")
        g.directory = try a.optionalString("directory") ?? ""
        g.format = try a.optionalString("format") ?? g.format
        g.engine = try a.optionalString("engine") ?? g.engine
        g.strict = try a.optional("strict").map { v throws(PyError) in try a.interp.truthy(v) } ?? false
        for (parameter, d) in [("graph_attr", g.graphAttributes), ("node_attr", g.nodeAttributes), ("edge_attr", g.edgeAttributes)] {
            guard let given = a.optional(parameter), !given.isNone else { continue }
            guard case .dict(let mapping) = given else { throw PyError.typeError("\(parameter) must be a dict, not \(typeName(given))") }
            for (k, v) in mapping.items { try d.set(k, v) }
        }
        if let body = a.optional("body"), !body.isNone { g.body.items = try a.interp.toArray(body) }
        me.payload = g
        return .none
    }
    c.define("node", ["self", "name", "label?", "_attributes?", "**attrs"]) { a throws(PyError) in
        try dotGraph(a[0]).node(try a.interp.str(a["name"]), label: try a.optionalString("label"), try a.attributes("_attributes"))
        return .none
    }
    c.define("edge", ["self", "tail_name", "head_name", "label?", "_attributes?", "**attrs"]) { a throws(PyError) in
        try dotGraph(a[0]).edge(try a.interp.str(a["tail_name"]), try a.interp.str(a["head_name"]),
                                label: try a.optionalString("label"), try a.attributes("_attributes"))
        return .none
    }
    c.define("edges", ["self", "tail_head_iter"]) { a throws(PyError) in
        let g = try dotGraph(a[0])
        for pair in try a.interp.toArray(a["tail_head_iter"]) {
            let ends = try a.interp.toArray(pair)
            guard ends.count == 2 else { throw PyError.valueError("expected (tail, head) pairs") }
            g.edge(try a.interp.str(ends[0]), try a.interp.str(ends[1]))
        }
        return .none
    }
    c.define("attr", ["self", "kw?", "_attributes?", "**attrs"]) { a throws(PyError) in
        let g = try dotGraph(a[0])
        let attributes = try a.attributes("_attributes")
        guard let kw = try a.optionalString("kw") else {
            if !attributes.isEmpty { g.body.items.append(.str("\t\(DotGraph.assignments(nil, attributes))\n")) }
            return .none
        }
        guard ["graph", "node", "edge"].contains(kw.lowercased()) else {
            throw PyError.valueError("attr statement must target graph, node, or edge: '\(kw)'")
        }
        if !attributes.isEmpty { g.body.items.append(.str("\t\(kw)\(DotGraph.attributeList(nil, attributes))\n")) }
        return .none
    }
    c.define("save", ["self", "filename?", "directory?", "*", "skip_existing?"]) { a throws(PyError) in
        let g = try dotGraph(a[0])
        if let f = try a.optionalString("filename") { g.filename = f }
        if let d = try a.optionalString("directory") { g.directory = d }
        let path = g.filepath
        BinaryFile.makeParentDirectories(path)
        try BinaryFile.write(Array(try g.source().utf8), to: path)
        return .str(path)
    }
    c.define("render", ["self", "filename?", "directory?", "view?", "cleanup?", "format?", "renderer?", "formatter?",
                        "neato_no_op?", "quiet?", "quiet_view?", "*", "outfile?", "engine?", "raise_if_result_exists?",
                        "overwrite_source?"]) { a throws(PyError) in
        let g = try dotGraph(a[0])
        if let f = try a.optionalString("filename") { g.filename = f }
        if let d = try a.optionalString("directory") { g.directory = d }
        let outfile = try a.optionalString("outfile")
        var format = try a.optionalString("format") ?? g.format
        if let outfile, a.optional("format") == nil, let dot = outfile.lastIndex(of: "."), dot != outfile.startIndex {
            format = String(outfile[outfile.index(after: dot)...])
            if g.filename == nil { g.filename = String(outfile[..<dot]) + ".gv" }
        }
        let cleanup = try a.optional("cleanup").map { v throws(PyError) in try a.interp.truthy(v) } ?? false
        return .str(try g.render(format: format, engine: try a.optionalString("engine") ?? g.engine, outfile: outfile, cleanup: cleanup))
    }
    c.define("__str__", ["self"]) { a throws(PyError) in .str(try dotGraph(a[0]).source()) }
    c.defineProperty("source") { i throws(PyError) in .str(try dotGraph(.instance(i)).source()) }
    c.defineProperty("body") { i throws(PyError) in .list(try dotGraph(.instance(i)).body) }
    c.defineProperty("name") { i throws(PyError) in try dotGraph(.instance(i)).name.map { .str($0) } ?? .none }
    c.defineProperty("comment") { i throws(PyError) in try dotGraph(.instance(i)).comment.map { .str($0) } ?? .none }
    c.defineProperty("filename") { i throws(PyError) in .str(try dotGraph(.instance(i)).resolvedFilename) }
    c.defineProperty("format") { i throws(PyError) in .str(try dotGraph(.instance(i)).format) }
    c.defineProperty("engine") { i throws(PyError) in .str(try dotGraph(.instance(i)).engine) }
    c.defineProperty("directory") { i throws(PyError) in .str(try dotGraph(.instance(i)).directory) }
    c.defineProperty("graph_attr") { i throws(PyError) in .dict(try dotGraph(.instance(i)).graphAttributes) }
    c.defineProperty("node_attr") { i throws(PyError) in .dict(try dotGraph(.instance(i)).nodeAttributes) }
    c.defineProperty("edge_attr") { i throws(PyError) in .dict(try dotGraph(.instance(i)).edgeAttributes) }
}()
