import Tensors

/// The index side of `torch.utils.data.DataLoader(dataset, batch_size, shuffle, drop_last,
/// generator)` with `num_workers=0`: which dataset indices each batch holds, drawing exactly
/// the random numbers PyTorch draws, in the same order.
public struct DataLoaderIndices: Sendable {
    public let count: Int
    public let batchSize: Int
    public let shuffle: Bool
    public let dropLast: Bool
    /// `DataLoader(generator=g)`; nil means the global generator.
    public let generator: Generator?

    public init(count: Int, batchSize: Int = 1, shuffle: Bool = false, dropLast: Bool = false,
                generator: Generator? = nil) {
        self.count = max(count, 0)
        self.batchSize = max(batchSize, 1)
        self.shuffle = shuffle
        self.dropLast = dropLast
        self.generator = generator
    }

    /// `len(loader)`.
    public var batchCount: Int { count / batchSize + (dropLast || count % batchSize == 0 ? 0 : 1) }

    /// `iter(loader)`: draws the iterator's `_base_seed` now; the shuffle happens at the first batch.
    public func makeEpoch(global: Generator = defaultGenerator) -> DataLoaderEpoch {
        DataLoaderEpoch(self, source: generator ?? global)
    }
}

/// One pass over a DataLoader (`iter(loader)`), handing out batches of dataset indices.
public final class DataLoaderEpoch {
    private let loader: DataLoaderIndices
    private let source: Generator
    private var order: [Int64]?
    private var position = 0
    private var exhausted = false

    init(_ loader: DataLoaderIndices, source: Generator) {
        self.loader = loader
        self.source = source
        _ = source.randomInt64Seed()  // _BaseDataLoaderIter._base_seed
    }

    /// The next batch, or nil at the end of the epoch.
    public func next() -> [Int]? {
        let order = self.order ?? makeOrder()
        let remaining = order.count - position
        if remaining >= loader.batchSize {
            defer { position += loader.batchSize }
            return order[position..<(position + loader.batchSize)].map { Int($0) }
        }
        // The batch sampler asks past the last index: RandomSampler's trailing statement draws
        // one more (discarded) permutation from an explicit generator.
        if !exhausted {
            exhausted = true
            if loader.shuffle && loader.generator != nil { _ = source.randperm(loader.count) }
        }
        guard remaining > 0, !loader.dropLast else {
            position = order.count
            return nil
        }
        defer { position = order.count }
        return order[position...].map { Int($0) }
    }

    /// RandomSampler.__iter__: with the global generator it seeds a fresh generator from one
    /// int64 draw; with an explicit one it permutes directly.
    private func makeOrder() -> [Int64] {
        let order: [Int64]
        if !loader.shuffle {
            order = (0..<loader.count).map(Int64.init)
        } else if loader.generator != nil {
            order = source.randperm(loader.count)
        } else {
            let seed = source.randomInt64Seed()
            order = Generator(seed: UInt64(seed)).randperm(loader.count)
        }
        self.order = order
        return order
    }
}
