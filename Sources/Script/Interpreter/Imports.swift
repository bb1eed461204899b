// The module registry: native loaders, Python-source modules, dotted submodules.

extension Interpreter {
    /// Imports `name` (and its parents), returning the named module.
    public func importModule(_ name: String) throws(PyError) -> PyModule {
        if let m = modules[name] { return m }
        let parts = name.split(separator: ".").map(String.init)
        var parent: PyModule?
        if parts.count > 1 { parent = try importModule(parts.dropLast().joined(separator: ".")) }
        if let m = modules[name] { return m }   // the parent's loader may have registered it
        let module: PyModule
        if let loader = loaders[name] {
            module = try loader(self)
            modules[name] = module
        } else if let source = sources[name] {
            module = PyModule(name: name)
            modules[name] = module
            do throws(PyError) {
                try execute(source, in: module, file: "<\(name)>", interactive: false)
            } catch {
                modules[name] = nil
                throw error
            }
        } else if let parent, let attr = parent[parts.last ?? ""], case .module(let m) = attr {
            module = m
            modules[name] = m
        } else {
            throw PyError(ModuleNotFoundErrorClass, "No module named '\(name)'")
        }
        if let parent, let last = parts.last, parent[last] == nil { parent[last] = .module(module) }
        // Submodules that were loaded earlier become attributes of their parent.
        for (other, m) in modules where other.hasPrefix(name + ".") && !other.dropFirst(name.count + 1).contains(".") {
            let child = String(other.dropFirst(name.count + 1))
            if module[child] == nil { module[child] = .module(m) }
        }
        return module
    }

    /// `torch.nn` after a bare `import torch`: registered submodules load on first attribute access.
    func registeredSubmodule(of m: PyModule, _ name: String) throws(PyError) -> PyModule? {
        let full = m.name + "." + name
        guard modules[full] != nil || loaders[full] != nil || sources[full] != nil else { return nil }
        return try importModule(full)
    }
}
