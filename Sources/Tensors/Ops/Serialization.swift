#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What torch.save and torch.load need from the engine: storages as raw little-endian bytes,
/// and tensors rebuilt over a storage from their saved layout (PyTorch's _rebuild_tensor_v2).
extension Storage {
    /// A new storage holding a copy of `bytes`.
    public static func copying(_ bytes: ArraySlice<UInt8>) throws(TensorError) -> Storage {
        let s = try Storage(byteCount: bytes.count)
        bytes.withUnsafeBytes { src in
            if let base = src.baseAddress { memcpy(s.bytes, base, src.count) }
        }
        return s
    }

    /// The storage's bytes, in memory order.
    public var rawBytes: [UInt8] {
        Array(UnsafeRawBufferPointer(start: UnsafeRawPointer(bytes), count: byteCount))
    }
}

extension Tensor {
    /// A tensor viewing `storage` with this layout, checked to lie inside the storage (a file
    /// may say anything).
    public static func rebuilt(storage: Storage, dtype: DType, shape: [Int], strides: [Int],
                               storageOffset: Int) throws(TensorError) -> Tensor {
        guard shape.count == strides.count else {
            throw .runtime("mismatch in length of strides and shape")
        }
        let numel = try checkedNumel(shape)
        guard storageOffset >= 0, strides.allSatisfy({ $0 >= 0 }) else {
            throw .runtime("setStorage: storage offset and strides must be non-negative")
        }
        // Elements needed: offset + 1 + sum((size - 1) * stride), or none for an empty tensor.
        var needed = 0
        if numel > 0 {
            var last = storageOffset
            for (size, stride) in zip(shape, strides) {
                let (step, o1) = (size - 1).multipliedReportingOverflow(by: stride)
                let (sum, o2) = last.addingReportingOverflow(step)
                if o1 || o2 { throw .runtime("setStorage: layout overflows") }
                last = sum
            }
            guard last < Int.max else { throw .runtime("setStorage: layout overflows") }
            needed = last + 1
        }
        let available = storage.byteCount / dtype.itemSize
        guard needed <= available else {
            throw .runtime("setStorage: sizes \(shapeString(shape)), strides \(shapeString(strides)), storage offset \(storageOffset), and itemsize \(dtype.itemSize) requiring a storage size of \(needed &* dtype.itemSize) are out of bounds for storage of size \(storage.byteCount)")
        }
        return Tensor(storage: storage, dtype: dtype, shape: shape, strides: strides, storageOffset: storageOffset)
    }
}
