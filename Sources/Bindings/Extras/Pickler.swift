import Script
import Tensors

// torch.save's data.pkl: pickle protocol 2 as PyTorch writes it. Tensors become
// `torch._utils._rebuild_tensor_v2(storage, offset, size, stride, requires_grad, OrderedDict())`
// with each storage a persistent id ('storage', torch.FloatStorage, key, 'cpu', numel) whose
// bytes go to data/<key>.

enum PickleOp {
    static let proto: UInt8 = 0x80, stop: UInt8 = 0x2e, mark: UInt8 = 0x28
    static let none: UInt8 = 0x4e, newTrue: UInt8 = 0x88, newFalse: UInt8 = 0x89
    static let binInt: UInt8 = 0x4a, binInt1: UInt8 = 0x4b, binInt2: UInt8 = 0x4d, long1: UInt8 = 0x8a, long4: UInt8 = 0x8b
    static let binFloat: UInt8 = 0x47, binUnicode: UInt8 = 0x58, shortBinUnicode: UInt8 = 0x8c, binUnicode8: UInt8 = 0x8d
    static let emptyTuple: UInt8 = 0x29, tuple: UInt8 = 0x74, tuple1: UInt8 = 0x85, tuple2: UInt8 = 0x86, tuple3: UInt8 = 0x87
    static let emptyList: UInt8 = 0x5d, append: UInt8 = 0x61, appends: UInt8 = 0x65
    static let emptyDict: UInt8 = 0x7d, setItem: UInt8 = 0x73, setItems: UInt8 = 0x75
    static let global: UInt8 = 0x63, reduce: UInt8 = 0x52, build: UInt8 = 0x62, binPersId: UInt8 = 0x51
    static let binPut: UInt8 = 0x71, longBinPut: UInt8 = 0x72, binGet: UInt8 = 0x68, longBinGet: UInt8 = 0x6a
    static let frame: UInt8 = 0x95, memoize: UInt8 = 0x94, stackGlobal: UInt8 = 0x93, emptySet: UInt8 = 0x8f
    static let addItems: UInt8 = 0x90, frozenSet: UInt8 = 0x91, newObj: UInt8 = 0x81
    static let binBytes: UInt8 = 0x42, shortBinBytes: UInt8 = 0x43
}

struct TorchPickler {
    private(set) var out: [UInt8] = [PickleOp.proto, 2]
    /// Storages in the order first met; the key of each is its index.
    private(set) var storages: [(storage: Storage, dtype: DType)] = []
    private var storageKeys: [ObjectIdentifier: Int] = [:]
    /// Containers being written, to refuse a structure that contains itself.
    private var active: Set<ObjectIdentifier> = []

    static func pickle(_ v: Value) throws(PyError) -> TorchPickler {
        var p = TorchPickler()
        try p.dump(v)
        p.out.append(PickleOp.stop)
        return p
    }

    private mutating func dump(_ v: Value) throws(PyError) {
        switch v {
        case .none: out.append(PickleOp.none)
        case .bool(let b): out.append(b ? PickleOp.newTrue : PickleOp.newFalse)
        case .int(let n): int(n)
        case .bigInt(let b): long(b.twosComplementBytes)
        case .float(let d):
            out.append(PickleOp.binFloat)
            withUnsafeBytes(of: d.bitPattern.bigEndian) { out += $0 }
        case .str(let s): string(s)
        case .tuple(let items): try tuple(items)
        case .list(let l):
            try entering(l) { (p: inout TorchPickler) throws(PyError) in
                p.out.append(PickleOp.emptyList)
                guard !l.items.isEmpty else { return }
                p.out.append(PickleOp.mark)
                for x in l.items { try p.dump(x) }
                p.out.append(PickleOp.appends)
            }
        case .dict(let d):
            try entering(d) { (p: inout TorchPickler) throws(PyError) in
                p.out.append(PickleOp.emptyDict)
                guard d.count > 0 else { return }
                p.out.append(PickleOp.mark)
                for (k, x) in d.items { try p.dump(k); try p.dump(x) }
                p.out.append(PickleOp.setItems)
            }
        case .instance(let i):
            if let t = i.payload as? Tensor {
                try tensor(t, parameter: i.cls.isSubclass(of: ParameterClass))
            } else if let d = i.payload as? DType, i.cls === DTypeClass {
                global("torch", d.name)
            } else if let shape = i.payload as? [Int], i.cls === SizeClass {
                global("torch", "Size")
                try tuple([.tuple(shape.map { .int($0) })])
                out.append(PickleOp.reduce)
            } else if let base = i.baseValue {
                try dump(base)   // an OrderedDict (a state dict) or another builtin subclass: as its builtin value
            } else {
                throw unsupported(v)
            }
        default:
            throw unsupported(v)
        }
    }

    private func unsupported(_ v: Value) -> PyError {
        PyError.typeError("torch.save: cannot save '\(typeName(v))' objects (Flint saves tensors, numbers, strings, None, and lists, tuples and dicts of them; for a model, save model.state_dict())")
    }

    private mutating func entering(_ object: AnyObject, _ body: (inout TorchPickler) throws(PyError) -> Void) throws(PyError) {
        let id = ObjectIdentifier(object)
        guard active.insert(id).inserted else { throw PyError.valueError("torch.save: cannot save a structure that contains itself") }
        defer { active.remove(id) }
        try body(&self)
    }

    private mutating func int(_ n: Int) {
        if n >= 0 && n < 0x100 {
            out += [PickleOp.binInt1, UInt8(n)]
        } else if n >= 0 && n < 0x10000 {
            out += [PickleOp.binInt2, UInt8(n & 0xff), UInt8(n >> 8)]
        } else if let small = Int32(exactly: n) {
            out.append(PickleOp.binInt)
            out.le32(UInt32(bitPattern: small))
        } else {
            long(BigInt(n).twosComplementBytes)
        }
    }

    /// LONG1 (or LONG4 past 255 bytes): the shortest little-endian two's complement form.
    private mutating func long(_ bytes: [UInt8]) {
        if bytes.count < 0x100 {
            out += [PickleOp.long1, UInt8(bytes.count)] + bytes
        } else {
            out.append(PickleOp.long4)
            out.le32(UInt32(truncatingIfNeeded: bytes.count))
            out += bytes
        }
    }

    private mutating func string(_ s: String) {
        let bytes = Array(s.utf8)
        out.append(PickleOp.binUnicode)
        out.le32(UInt32(truncatingIfNeeded: bytes.count))
        out += bytes
    }

    private mutating func tuple(_ items: [Value]) throws(PyError) {
        let sized: [UInt8] = [PickleOp.emptyTuple, PickleOp.tuple1, PickleOp.tuple2, PickleOp.tuple3]
        if items.count < sized.count {
            for x in items { try dump(x) }
            out.append(sized[items.count])
        } else {
            out.append(PickleOp.mark)
            for x in items { try dump(x) }
            out.append(PickleOp.tuple)
        }
    }

    private mutating func global(_ module: String, _ name: String) {
        out.append(PickleOp.global)
        out += Array("\(module)\n\(name)\n".utf8)
    }

    private mutating func emptyOrderedDict() {
        global("collections", "OrderedDict")
        out += [PickleOp.emptyTuple, PickleOp.reduce]
    }

    private mutating func tensor(_ t: Tensor, parameter: Bool) throws(PyError) {
        if parameter {
            global("torch._utils", "_rebuild_parameter")
            out.append(PickleOp.mark)
            try rebuiltTensor(t, requiresGrad: false)
            out.append(t.requiresGrad ? PickleOp.newTrue : PickleOp.newFalse)
            emptyOrderedDict()
            out += [PickleOp.tuple, PickleOp.reduce]
        } else {
            try rebuiltTensor(t, requiresGrad: t.requiresGrad)
        }
    }

    private mutating func rebuiltTensor(_ t: Tensor, requiresGrad: Bool) throws(PyError) {
        let key: Int
        if let k = storageKeys[ObjectIdentifier(t.storage)] { key = k } else {
            key = storages.count
            storageKeys[ObjectIdentifier(t.storage)] = key
            storages.append((t.storage, t.dtype))
        }
        global("torch._utils", "_rebuild_tensor_v2")
        out.append(PickleOp.mark)
        out.append(PickleOp.mark)
        string("storage")
        global("torch", t.dtype.scalarTypeName + "Storage")
        string(String(key))
        string("cpu")
        int(t.storage.byteCount / t.dtype.itemSize)
        out += [PickleOp.tuple, PickleOp.binPersId]
        int(t.storageOffset)
        try tuple(t.shape.map { .int($0) })
        try tuple(t.strides.map { .int($0) })
        out.append(requiresGrad ? PickleOp.newTrue : PickleOp.newFalse)
        emptyOrderedDict()
        out += [PickleOp.tuple, PickleOp.reduce]
    }
}
