/// `torch.get_rng_state()` / `torch.set_rng_state()`: the generator state in PyTorch's byte
/// layout (`CPUGeneratorImplState`, 5056 bytes, little-endian), so saved states look and
/// round-trip as in PyTorch.
extension Generator {
    private static let legacySize = 5048
    private static let stateSize = 5056
    /// Offsets: seed u64 | left i32 | seeded i32 | next u64 | 624 × u64 words |
    /// normal_x, normal_y, normal_rho f64 | normal_is_valid i32 | pad | float cache f32 | bool.
    private static let wordsOffset = 24
    private static let normalOffset = wordsOffset + MT19937.stateSize * 8

    public var stateBytes: [UInt8] {
        var bytes = [UInt8](repeating: 0, count: Self.stateSize)
        let snapshot = state
        let next = snapshot.fresh ? 0 : snapshot.position
        let left = snapshot.fresh ? 1 : MT19937.stateSize + 1 - snapshot.position
        func put<T: FixedWidthInteger>(_ value: T, at offset: Int) {
            withUnsafeBytes(of: value.littleEndian) { for (i, b) in $0.enumerated() { bytes[offset + i] = b } }
        }
        put(snapshot.seed, at: 0)
        put(Int32(left), at: 8)
        put(Int32(1), at: 12)
        put(UInt64(next), at: 16)
        for (i, word) in snapshot.words.enumerated() { put(UInt64(word), at: Self.wordsOffset + 8 * i) }
        if let cached = snapshot.cachedNormal {
            put(cached.bitPattern, at: Self.normalOffset + 8)
            put(Int32(1), at: Self.normalOffset + 24)
        }
        return bytes
    }

    /// Restores a state from `stateBytes` (or PyTorch's 5048-byte legacy layout).
    public func setStateBytes(_ bytes: [UInt8]) throws(TensorError) {
        guard bytes.count == Self.stateSize || bytes.count == Self.legacySize else {
            throw .runtime("Expected either a THGeneratorState of size \(Self.legacySize) or a CPUGeneratorImplState of size \(Self.stateSize) but found the input RNG state size to be \(bytes.count)")
        }
        func get<T: FixedWidthInteger>(_: T.Type, at offset: Int) -> T {
            var value: T = 0
            for i in 0..<MemoryLayout<T>.size { value |= T(truncatingIfNeeded: bytes[offset + i]) << (8 * i) }
            return value
        }
        let next = Int(truncatingIfNeeded: get(UInt64.self, at: 16))
        let left = Int(get(Int32.self, at: 8))
        let words = (0..<MT19937.stateSize).map {
            UInt32(truncatingIfNeeded: get(UInt64.self, at: Self.wordsOffset + 8 * $0))
        }
        let valid = get(Int32.self, at: Self.normalOffset + 24) != 0
        let fresh = next == 0 && left == 1
        guard (0...MT19937.stateSize).contains(next) else { throw .runtime("Invalid mt19937 state") }
        state = GeneratorState(words: words, position: next, fresh: fresh, seed: get(UInt64.self, at: 0),
                               cachedNormal: valid ? Double(bitPattern: get(UInt64.self, at: Self.normalOffset + 8)) : nil)
    }
}
