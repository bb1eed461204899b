/// The 32-bit Mersenne Twister (mt19937ar) exactly as PyTorch's CPU generator runs it
/// (`ATen/core/MT19937RNGEngine.h`): seeded with the low 32 bits of the seed, twisting the
/// whole state lazily before the first draw.
///
/// A class owning raw storage, so the hot draw loop touches no array bounds checks or
/// copy-on-write machinery.
final class MT19937 {
    static let stateSize = 624
    private static let shift = 397
    private static let matrixA: UInt32 = 0x9908_B0DF
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7FFF_FFFF

    private let state: UnsafeMutablePointer<UInt32>
    /// Position of the next word; `stateSize` means "twist before drawing".
    private var next: Int
    /// Seeded and not yet twisted (PyTorch reports this as `left = 1, next = 0`).
    private var fresh = true

    init(seed: UInt32) {
        state = .allocate(capacity: Self.stateSize)
        next = Self.stateSize
        self.seed(seed)
    }

    deinit { state.deallocate() }

    func seed(_ seed: UInt32) {
        state[0] = seed
        for i in 1..<Self.stateSize {
            let previous = state[i - 1]
            state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        next = Self.stateSize
        fresh = true
    }

    /// One tempered 32-bit output.
    @inline(__always)
    func draw() -> UInt32 {
        if next >= Self.stateSize { twist() }
        var y = state[next]
        next &+= 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    private func twist() {
        let n = Self.stateSize, m = Self.shift
        @inline(__always) func mix(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32 {
            let y = (a & Self.upperMask) | (b & Self.lowerMask)
            return c ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : Self.matrixA)
        }
        for k in 0..<(n - m) { state[k] = mix(state[k], state[k + 1], state[k + m]) }
        for k in (n - m)..<(n - 1) { state[k] = mix(state[k], state[k + 1], state[k + m - n]) }
        state[n - 1] = mix(state[n - 1], state[0], state[m - 1])
        next = 0
        fresh = false
    }

    /// The raw state words and position, for `get_rng_state`-style snapshots.
    var snapshot: (words: [UInt32], position: Int, fresh: Bool) {
        (Array(UnsafeBufferPointer(start: state, count: Self.stateSize)), next, fresh)
    }

    /// Restores a snapshot; returns false (leaving the state alone) if it is malformed.
    func restore(words: [UInt32], position: Int, fresh: Bool) -> Bool {
        guard words.count == Self.stateSize, (0...Self.stateSize).contains(position) else { return false }
        for i in 0..<Self.stateSize { state[i] = words[i] }
        next = fresh ? Self.stateSize : position
        self.fresh = fresh
        return true
    }
}
