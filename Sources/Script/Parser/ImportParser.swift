// import statements: `import a.b as c`, `from .m import (x, y as z)`, `from m import *`.

extension Parser {
    mutating func dottedName() throws(PyError) -> String {
        var name = try expectName()
        while acceptOp(".") { name += "." + (try expectName()) }
        return name
    }

    mutating func importStatement() throws(PyError) -> Stmt {
        let line = advance().line
        var names: [ImportName] = []
        repeat {
            let n = try dottedName()
            names.append(ImportName(name: n, asName: acceptKeyword("as") ? try expectName() : nil))
        } while acceptOp(",")
        return Stmt(kind: .importModules(names), line: line)
    }

    mutating func fromImport() throws(PyError) -> Stmt {
        let line = advance().line
        var level = 0
        while tok.isOp(".") || tok.isOp("...") { level += advance().text.count }
        let module = tok.isKeyword("import") ? "" : try dottedName()
        guard acceptKeyword("import") else { throw error() }
        if acceptOp("*") { return Stmt(kind: .importFrom(module, [], level: level), line: line) }
        let paren = acceptOp("(")
        var names: [ImportName] = []
        repeat {
            if paren && tok.isOp(")") { break }
            let n = try expectName()
            names.append(ImportName(name: n, asName: acceptKeyword("as") ? try expectName() : nil))
        } while acceptOp(",")
        if paren { try expectOp(")") }
        return Stmt(kind: .importFrom(module, names, level: level), line: line)
    }
}
