import Script
import Tensors

// torch.save / torch.load in PyTorch's zip format, so files go both ways between Flint and
// PyTorch: <name>/data.pkl (the pickled object), <name>/data/<key> (raw little-endian storage
// bytes), <name>/byteorder, <name>/version, written as stored zip entries.

/// The archive's folder name: the file name without its extension, as PyTorch names it.
private func archiveName(_ path: String) -> String {
    let base = path.split(separator: "/").last.map(String.init) ?? ""
    let stem = base.drop { $0 == "." }
    guard let dot = stem.lastIndex(of: ".") else { return base.isEmpty ? "archive" : base }
    let name = String(base[..<dot])
    return name.isEmpty ? "archive" : name
}

private func pathArgument(_ v: Value, _ function: String) throws(PyError) -> String {
    guard case .str(let path) = v else {
        throw PyError.typeError("\(function): Flint reads and writes files by path (a str), not \(typeName(v)) objects")
    }
    return path
}

func saveTorchFile(_ obj: Value, to path: String) throws(PyError) {
    let p = try TorchPickler.pickle(obj)
    let name = archiveName(path)
    var entries = [ZipArchive.Entry(name: "\(name)/data.pkl", data: p.out),
                   ZipArchive.Entry(name: "\(name)/.format_version", data: Array("1".utf8)),
                   ZipArchive.Entry(name: "\(name)/.storage_alignment", data: Array("64".utf8)),
                   ZipArchive.Entry(name: "\(name)/byteorder", data: Array("little".utf8))]
    for (key, s) in p.storages.enumerated() {
        entries.append(ZipArchive.Entry(name: "\(name)/data/\(key)", data: s.storage.rawBytes))
    }
    entries.append(ZipArchive.Entry(name: "\(name)/version", data: Array("3\n".utf8)))
    try BinaryFile.write(try ZipArchive.write(entries), to: path)
}

func loadTorchFile(_ path: String) throws(PyError) -> Value {
    let bytes = try BinaryFile.read(path)
    guard bytes.starts(with: [0x50, 0x4b]) else {
        throw PyError(UnpicklingErrorClass, "torch.load: '\(path)' is not a zip archive (files in PyTorch's legacy format, before 1.6, are not supported)")
    }
    var files: [String: ArraySlice<UInt8>] = [:]
    var prefix: String?
    for e in try ZipArchive.read(bytes) {
        files[e.name] = e.data
        if prefix == nil { prefix = e.name.split(separator: "/", maxSplits: 1).first.map(String.init) }
    }
    let root = prefix ?? ""
    guard let pickle = files["\(root)/data.pkl"] else {
        throw PyError.runtimeError("PytorchStreamReader failed locating file data.pkl: file not found")
    }
    if let order = files["\(root)/byteorder"], String(decoding: order, as: UTF8.self) != "little" {
        throw PyError.runtimeError("torch.load: big-endian files are not supported")
    }
    var unpickler = TorchUnpickler(pickle) { (key: String) throws(PyError) -> ArraySlice<UInt8> in
        guard let data = files["\(root)/data/\(key)"] else {
            throw PyError.runtimeError("PytorchStreamReader failed locating file data/\(key): file not found")
        }
        return data
    }
    return try unpickler.load()
}

func defineSerialization(_ m: PyModule) {
    m.define("save", ["obj", "f", "pickle_module?", "pickle_protocol?", "_use_new_zipfile_serialization?",
                      "_disable_byteorder_record?"]) { a throws(PyError) in
        try saveTorchFile(a["obj"], to: try pathArgument(a["f"], "torch.save"))
        return .none
    }
    // Flint's reader only ever rebuilds tensors and containers, so weights_only=False loads
    // no more than True; map_location has one place to go (the CPU).
    m.define("load", ["f", "map_location?", "pickle_module?", "*", "weights_only?", "mmap?", "**pickle_load_args"]) { a throws(PyError) in
        // Storages can only go to the CPU; a dict or function for map_location is left be.
        var location: String?
        switch a.optional("map_location") {
        case .str(let s)?: location = s
        case .instance(let i)? where i.cls === DeviceClass: location = i.payload as? String
        default: break
        }
        if let location, location.hasPrefix("cuda") {
            throw PyError.runtimeError("Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is False. If you are running on a CPU-only machine, please use torch.load with map_location=torch.device('cpu') to map your storages to the CPU.")
        }
        if let location, !["cpu", "meta", "mps"].contains(location.split(separator: ":").first.map(String.init) ?? "") {
            throw PyError.runtimeError("don't know how to restore data location of torch.storage.UntypedStorage (tagged with \(location))")
        }
        return try loadTorchFile(try pathArgument(a["f"], "torch.load"))
    }
}
