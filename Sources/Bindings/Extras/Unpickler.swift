import Script
import Tensors

// torch.load's data.pkl reader: the pickle opcodes PyTorch's files use (protocols 2 to 5),
// and only the globals a weights file needs (tensor and parameter rebuilding, OrderedDict,
// storage types, dtypes, torch.Size), as `weights_only=True` allows. Anything else raises.

let UnpicklingErrorClass = PyClass(name: "UnpicklingError", module: "_pickle", bases: [ExceptionClass])

/// Stack markers for values that are not Python objects: a global not yet called, a storage.
private let GlobalClass = PyClass(name: "global", module: "torch._flint_pickle")
private let StorageClass = PyClass(name: "storage", module: "torch._flint_pickle")
private struct GlobalName { let module: String, name: String }
private struct LoadedStorage { let storage: Storage, dtype: DType }

struct TorchUnpickler {
    let data: ArraySlice<UInt8>
    /// Raw bytes of storage `key` (from data/<key> in the archive).
    let storageBytes: (String) throws(PyError) -> ArraySlice<UInt8>
    private var at: Int
    private var stack: [Value] = []
    private var marks: [Int] = []
    private var memo: [Int: Value] = [:]
    private var storages: [String: Storage] = [:]

    init(_ data: ArraySlice<UInt8>, storageBytes: @escaping (String) throws(PyError) -> ArraySlice<UInt8>) {
        self.data = data
        self.storageBytes = storageBytes
        self.at = data.startIndex
    }

    static func failure(_ message: String) -> PyError { PyError(UnpicklingErrorClass, message) }

    mutating func load() throws(PyError) -> Value {
        while true {
            let op = try byte()
            switch op {
            case PickleOp.proto: _ = try byte()
            case PickleOp.frame: _ = try bytes(8)
            case PickleOp.stop: return try pop()
            case PickleOp.mark: marks.append(stack.count)
            case PickleOp.none: stack.append(.none)
            case PickleOp.newTrue: stack.append(.bool(true))
            case PickleOp.newFalse: stack.append(.bool(false))
            case PickleOp.binInt1: stack.append(.int(Int(try byte())))
            case PickleOp.binInt2: stack.append(.int(Int(try unsigned(2))))
            case PickleOp.binInt: stack.append(.int(Int(Int32(truncatingIfNeeded: try unsigned(4)))))
            case PickleOp.long1: stack.append(try long(Int(try byte())))
            case PickleOp.long4: stack.append(try long(Int(try unsigned(4))))
            case PickleOp.binFloat:
                let b = try bytes(8)
                stack.append(.float(Double(bitPattern: b.reduce(0) { $0 << 8 | UInt64($1) })))
            case PickleOp.shortBinUnicode: stack.append(.str(try text(Int(try byte()))))
            case PickleOp.binUnicode: stack.append(.str(try text(Int(try unsigned(4)))))
            case PickleOp.binUnicode8: stack.append(.str(try text(Int(clamping: try unsigned(8)))))
            case PickleOp.emptyTuple: stack.append(.tuple([]))
            case PickleOp.tuple1, PickleOp.tuple2, PickleOp.tuple3:
                let n = Int(op - PickleOp.tuple1) + 1
                guard stack.count >= n else { throw Self.failure("unpickling stack underflow") }
                let items = Array(stack.suffix(n))
                stack.removeLast(n)
                stack.append(.tuple(items))
            case PickleOp.tuple: stack.append(.tuple(try popMark()))
            case PickleOp.emptyList: stack.append(.list(PyList()))
            case PickleOp.append:
                let x = try pop()
                try list(try top()).items.append(x)
            case PickleOp.appends:
                let items = try popMark()
                try list(try top()).items += items
            case PickleOp.emptyDict: stack.append(.dict(PyDict()))
            case PickleOp.setItem:
                let v = try pop(), k = try pop()
                try dict(try top()).set(k, v)
            case PickleOp.setItems:
                let items = try popMark()
                let d = try dict(try top())
                guard items.count % 2 == 0 else { throw Self.failure("odd number of items for SETITEMS") }
                for i in stride(from: 0, to: items.count, by: 2) { try d.set(items[i], items[i + 1]) }
            case PickleOp.binPut: memo[Int(try byte())] = try top()
            case PickleOp.longBinPut: memo[Int(try unsigned(4))] = try top()
            case PickleOp.memoize: memo[memo.count] = try top()
            case PickleOp.binGet: stack.append(try memoized(Int(try byte())))
            case PickleOp.longBinGet: stack.append(try memoized(Int(try unsigned(4))))
            case PickleOp.global:
                let module = try line(), name = try line()
                stack.append(try Self.global(module, name))
            case PickleOp.stackGlobal:
                guard case .str(let name) = try pop(), case .str(let module) = try pop() else {
                    throw Self.failure("STACK_GLOBAL requires str")
                }
                stack.append(try Self.global(module, name))
            case PickleOp.binPersId: stack.append(try persistentLoad(try pop()))
            case PickleOp.reduce:
                let args = try pop(), callable = try pop()
                guard case .tuple(let a) = args else { throw Self.failure("REDUCE arguments must be a tuple") }
                stack.append(try call(callable, a))
            case PickleOp.build:
                // OrderedDict state (a state dict's `_metadata`) has no place on a plain dict.
                _ = try pop()
                guard case .dict = try top() else { throw Self.failure("BUILD is only supported for dicts") }
            default:
                throw Self.failure("Weights only load failed: unsupported pickle opcode 0x\(String(op, radix: 16))")
            }
        }
    }

    // MARK: reading the stream

    private mutating func byte() throws(PyError) -> UInt8 {
        guard at < data.endIndex else { throw Self.failure("pickle data was truncated") }
        defer { at += 1 }
        return data[at]
    }

    private mutating func bytes(_ n: Int) throws(PyError) -> ArraySlice<UInt8> {
        guard n >= 0, n <= data.endIndex - at else { throw Self.failure("pickle data was truncated") }
        defer { at += n }
        return data[at..<(at + n)]
    }

    private mutating func unsigned(_ n: Int) throws(PyError) -> UInt64 {
        try bytes(n).reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    private mutating func text(_ n: Int) throws(PyError) -> String { String(decoding: try bytes(n), as: UTF8.self) }

    private mutating func line() throws(PyError) -> String {
        guard let end = data[at...].firstIndex(of: 0x0a) else { throw Self.failure("pickle data was truncated") }
        defer { at = end + 1 }
        return String(decoding: data[at..<end], as: UTF8.self)
    }

    /// Little-endian two's complement, of any length.
    private mutating func long(_ n: Int) throws(PyError) -> Value {
        .integer(BigInt(twosComplementBytes: Array(try bytes(n))))
    }

    // MARK: the stack

    private mutating func pop() throws(PyError) -> Value {
        guard let v = stack.popLast() else { throw Self.failure("unpickling stack underflow") }
        return v
    }

    private func top() throws(PyError) -> Value {
        guard let v = stack.last else { throw Self.failure("unpickling stack underflow") }
        return v
    }

    private mutating func popMark() throws(PyError) -> [Value] {
        guard let m = marks.popLast(), m <= stack.count else { throw Self.failure("could not find MARK") }
        let items = Array(stack[m...])
        stack.removeLast(stack.count - m)
        return items
    }

    private func memoized(_ key: Int) throws(PyError) -> Value {
        guard let v = memo[key] else { throw Self.failure("Memo value not found at index \(key)") }
        return v
    }

    private func list(_ v: Value) throws(PyError) -> PyList {
        guard case .list(let l) = v else { throw Self.failure("APPEND to a non-list") }
        return l
    }

    private func dict(_ v: Value) throws(PyError) -> PyDict {
        guard case .dict(let d) = v else { throw Self.failure("SETITEM on a non-dict") }
        return d
    }

    // MARK: globals, storages and rebuilding

    private static let callables: Set<String> = [
        "torch._utils._rebuild_tensor_v2", "torch._utils._rebuild_tensor", "torch._utils._rebuild_parameter",
        "torch._utils._rebuild_parameter_with_state", "collections.OrderedDict", "torch.Size",
    ]

    private static func global(_ module: String, _ name: String) throws(PyError) -> Value {
        if module == "torch", let d = DType.allCases.first(where: { $0.name == name }) { return wrap(d) }
        let known = callables.contains("\(module).\(name)")
            || (module == "torch" && DType.allCases.contains { $0.scalarTypeName + "Storage" == name })
        guard known else {
            throw failure("Weights only load failed. Unsupported global: GLOBAL \(module).\(name) (Flint loads tensors, parameters and containers of them)")
        }
        return .instance(PyInstance(GlobalClass, payload: GlobalName(module: module, name: name)))
    }

    /// ('storage', torch.FloatStorage, key, location, numel): one storage per key, shared.
    private mutating func persistentLoad(_ pid: Value) throws(PyError) -> Value {
        guard case .tuple(let t) = pid, t.count >= 3, case .str("storage") = t[0], case .str(let key) = t[2],
              case .instance(let g) = t[1], let type = g.payload as? GlobalName,
              let dtype = DType.allCases.first(where: { $0.scalarTypeName + "Storage" == type.name }) else {
            throw Self.failure("unsupported persistent id")
        }
        if let s = storages[key] { return .instance(PyInstance(StorageClass, payload: LoadedStorage(storage: s, dtype: dtype))) }
        let s = try engine { try Storage.copying(try storageBytes(key)) }
        storages[key] = s
        return .instance(PyInstance(StorageClass, payload: LoadedStorage(storage: s, dtype: dtype)))
    }

    private func call(_ callable: Value, _ args: [Value]) throws(PyError) -> Value {
        guard case .instance(let g) = callable, let f = g.payload as? GlobalName else {
            throw Self.failure("REDUCE on an object that is not a supported global")
        }
        switch "\(f.module).\(f.name)" {
        case "collections.OrderedDict":
            let d = PyDict()
            if let items = args.first { for pair in try tuplePairs(items) { try d.set(pair.0, pair.1) } }
            return .dict(d)
        case "torch.Size":
            guard let first = args.first, case .tuple(let dims) = first else { throw Self.failure("torch.Size expects a tuple") }
            return wrapSize(try dims.map { v throws(PyError) in try int(v) })
        case "torch._utils._rebuild_parameter", "torch._utils._rebuild_parameter_with_state":
            guard args.count >= 2, let t = tensorPayload(args[0]), case .bool(let requiresGrad) = args[1] else {
                throw Self.failure("bad arguments to _rebuild_parameter")
            }
            let p = t.detach()
            if requiresGrad { try setRequiresGrad(p, true) }
            return .instance(PyInstance(ParameterClass, boundTo: p))
        default:
            // _rebuild_tensor_v2(storage, offset, size, stride, requires_grad, hooks[, metadata])
            guard args.count >= 4, case .instance(let si) = args[0], let s = si.payload as? LoadedStorage,
                  case .tuple(let size) = args[2], case .tuple(let stride) = args[3] else {
                throw Self.failure("bad arguments to \(f.name)")
            }
            let shape = try size.map { v throws(PyError) in try int(v) }
            let strides = try stride.map { v throws(PyError) in try int(v) }
            let t = try engine {
                try Tensor.rebuilt(storage: s.storage, dtype: s.dtype, shape: shape, strides: strides, storageOffset: try int(args[1]))
            }
            if args.count > 4, case .bool(true) = args[4] { try setRequiresGrad(t, true) }
            return wrap(t)
        }
    }

    private func int(_ v: Value) throws(PyError) -> Int {
        guard case .int(let n) = v else { throw Self.failure("expected an int, got \(typeName(v))") }
        return n
    }

    private func tuplePairs(_ v: Value) throws(PyError) -> [(Value, Value)] {
        let items: [Value]
        switch v {
        case .list(let l): items = l.items
        case .tuple(let t): items = t
        default: throw Self.failure("OrderedDict expects a sequence of pairs")
        }
        return try items.map { (p: Value) throws(PyError) -> (Value, Value) in
            guard case .tuple(let kv) = p, kv.count == 2 else { throw Self.failure("OrderedDict expects pairs") }
            return (kv[0], kv[1])
        }
    }
}
