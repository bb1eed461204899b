/// PyTorch's CPU random generator (`CPUGeneratorImpl`): an MT19937 engine, the 64-bit seed it
/// was given, and the cached second sample of the scalar Box–Muller normal path.
///
/// Streams match torch 2.15 bit for bit after the same seed (see Uniform.swift, Normal.swift,
/// Integers.swift). Not thread-safe: like the Flint interpreter, it is used from one thread;
/// that is why it is marked `@unchecked Sendable`.
public final class Generator: @unchecked Sendable {
    /// The seed of a `torch.Generator()` that was never seeded (`default_rng_seed_val`).
    public static let defaultSeed: UInt64 = 67_280_421_310_721

    let engine: MT19937
    /// The seed last set, as `initial_seed()` reports it (all 64 bits, though the engine only
    /// uses the low 32).
    public private(set) var initialSeed: UInt64
    /// Second value of the last scalar Box–Muller pair (`next_double_normal_sample`).
    var cachedNormal: Double?

    public init(seed: UInt64 = Generator.defaultSeed) {
        initialSeed = seed
        engine = MT19937(seed: UInt32(truncatingIfNeeded: seed))
    }

    /// `manual_seed(s)`: reseeds and forgets the cached normal sample. Python callers take
    /// negative ints mod 2^64 first (`UInt64(bitPattern:)`).
    public func manualSeed(_ seed: UInt64) {
        initialSeed = seed
        engine.seed(UInt32(truncatingIfNeeded: seed))
        cachedNormal = nil
    }

    /// `seed()`: reseeds from the operating system and returns the new 64-bit seed.
    @discardableResult
    public func seed() -> UInt64 {
        var system = SystemRandomNumberGenerator()
        let seed = system.next()
        manualSeed(seed)
        return seed
    }

    /// One 32-bit draw.
    @inline(__always)
    public func random() -> UInt32 { engine.draw() }

    /// One 64-bit draw: the first 32-bit word is the high half.
    @inline(__always)
    public func random64() -> UInt64 {
        let high = UInt64(engine.draw())
        return (high << 32) | UInt64(engine.draw())
    }

    /// Everything needed to resume the stream later (`get_rng_state` / `set_rng_state`).
    public var state: GeneratorState {
        get {
            let snapshot = engine.snapshot
            return GeneratorState(words: snapshot.words, position: snapshot.position, fresh: snapshot.fresh,
                                  seed: initialSeed, cachedNormal: cachedNormal)
        }
        set {
            guard engine.restore(words: newValue.words, position: newValue.position, fresh: newValue.fresh) else {
                return
            }
            initialSeed = newValue.seed
            cachedNormal = newValue.cachedNormal
        }
    }
}

/// A snapshot of a `Generator`.
public struct GeneratorState: Sendable, Equatable {
    public var words: [UInt32]
    public var position: Int
    /// Seeded but not drawn from yet.
    public var fresh: Bool
    public var seed: UInt64
    public var cachedNormal: Double?
}

/// The global generator behind `torch.manual_seed`, `torch.rand`, … Like PyTorch's, it starts
/// from a non-deterministic seed.
public let defaultGenerator: Generator = {
    let generator = Generator()
    generator.seed()
    return generator
}()
