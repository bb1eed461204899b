/// A strided view of a storage: PyTorch's Tensor. Views share `storage` with their base, so
/// writes through a view show in the base.
/// An engine object that the language layer wraps in one live object at a time (tensors and
/// grad_fn nodes); `languageObject` points back at it without owning it.
public protocol LanguageObjectHolder: AnyObject {
    var languageObject: AnyObject? { get set }
}

public final class Tensor: LanguageObjectHolder {
    public internal(set) var storage: Storage
    public internal(set) var dtype: DType
    public internal(set) var shape: [Int]
    public internal(set) var strides: [Int]
    public internal(set) var storageOffset: Int
    /// A Python number wrapped for one operation: it ranks below tensors in type promotion.
    public internal(set) var isWrappedNumber = false

    // Autograd state (see Autograd/): a leaf's flag, its gradient, and the node that made it.
    var requiresGradFlag = false
    public var grad: Tensor?
    public internal(set) var gradFn: Node?
    /// Which output of `gradFn` this tensor is (always 0: every node here has one output).
    var outputNr = 0
    /// PyTorch keeps a leaf's AccumulateGrad weakly, so the graph owns it.
    weak var gradAccumulator: AccumulateGrad?
    public internal(set) var retainsGrad = false
    /// The tensor this one views, for the in-place-on-a-view-of-a-leaf check.
    public internal(set) var viewBase: Tensor?
    /// The language's object for this tensor while one is alive, so `x.grad is x.grad` holds.
    /// Not owned, and not weak (weak references make every retain take a slow path): the
    /// object clears it as it dies.
    public unowned(unsafe) var languageObject: AnyObject?

    init(storage: Storage, dtype: DType, shape: [Int], strides: [Int], storageOffset: Int) {
        self.storage = storage
        self.dtype = dtype
        self.shape = shape
        self.strides = strides
        self.storageOffset = storageOffset
    }

    /// A new contiguous tensor filled with zeros.
    public convenience init(zerosOf shape: [Int], dtype: DType) throws(TensorError) {
        try self.init(shape, dtype: dtype, zeroed: true)
    }

    /// A new contiguous tensor whose elements the caller writes, every one of them.
    convenience init(uninitializedOf shape: [Int], dtype: DType) throws(TensorError) {
        try self.init(shape, dtype: dtype, zeroed: false)
    }

    private convenience init(_ shape: [Int], dtype: DType, zeroed: Bool) throws(TensorError) {
        let n = try checkedNumel(shape)
        let (bytes, overflow) = n.multipliedReportingOverflow(by: dtype.itemSize)
        if overflow { throw .runtime("numel: integer multiplication overflow") }
        self.init(storage: try Storage(byteCount: bytes, zeroed: zeroed), dtype: dtype, shape: shape,
                  strides: contiguousStrides(shape), storageOffset: 0)
    }

    /// A view sharing this tensor's storage (no autograd recorded; callers record).
    func aliased(shape: [Int], strides: [Int], offset: Int) -> Tensor {
        let t = Tensor(storage: storage, dtype: dtype, shape: shape, strides: strides, storageOffset: offset)
        t.viewBase = viewBase ?? self
        return t
    }

    public var dim: Int { shape.count }
    public var numel: Int { shape.reduce(1, &*) }
    public var isContiguous: Bool { isContiguousLayout(shape, strides) }
    public var isFloatingPoint: Bool { dtype.isFloatingPoint }

    /// Typed pointer to element 0 of this view. Valid while the tensor is alive.
    @inline(__always)
    func pointer<T>(_: T.Type) -> UnsafeMutablePointer<T> { storage.pointer(T.self) + storageOffset }

    public func size(_ d: Int) throws(TensorError) -> Int { shape[try checkedDim(d)] }
    public func stride(_ d: Int) throws(TensorError) -> Int { strides[try checkedDim(d)] }

    /// A dimension that must exist (0-dim tensors have none).
    func checkedDim(_ d: Int) throws(TensorError) -> Int {
        if dim == 0 { throw .index("Dimension specified as \(d) but tensor has no dimensions") }
        return try normalizeDim(d, dim)
    }
}

func contiguousStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var acc = 1
    for i in Swift.stride(from: shape.count - 1, through: 0, by: -1) {
        strides[i] = acc
        acc = acc &* Swift.max(shape[i], 1)
    }
    return strides
}

func isContiguousLayout(_ shape: [Int], _ strides: [Int]) -> Bool {
    var expected = 1
    for i in Swift.stride(from: shape.count - 1, through: 0, by: -1) where shape[i] != 1 {
        if shape[i] == 0 { return true }
        if strides[i] != expected { return false }
        expected &*= shape[i]
    }
    return true
}

/// Number of elements, rejecting negative sizes and overflow with PyTorch's messages.
func checkedNumel(_ shape: [Int]) throws(TensorError) -> Int {
    var n = 1
    for s in shape {
        if s < 0 { throw .runtime("Trying to create tensor with negative dimension \(s): \(shapeString(shape))") }
        let (p, o) = n.multipliedReportingOverflow(by: s)
        if o { throw .runtime("Storage size calculation overflowed with sizes=\(shapeString(shape))") }
        n = p
    }
    return n
}
