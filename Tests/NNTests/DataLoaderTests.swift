import Testing
import Tensors
@testable import NN

// Reference: torch 2.15.0, DataLoader(TensorDataset(torch.arange(10.)), ...) iterated over two
// epochs, then torch.rand(1) (and torch.rand(1, generator=g)) to check the streams' positions.

private func epochs(_ loader: DataLoaderIndices, global: Generator, count: Int = 2) -> [[[Int]]] {
    (0..<count).map { _ in
        let epoch = loader.makeEpoch(global: global)
        var batches: [[Int]] = []
        while let batch = epoch.next() { batches.append(batch) }
        return batches
    }
}

private func nextUniform(_ g: Generator) -> Float {
    var v: [Float] = [0]
    v.withUnsafeMutableBufferPointer { g.fillUniform($0, from: 0, to: 1) }
    return v[0]
}

@Test func shuffledWithGlobalGenerator() {
    let global = Generator(seed: 0)
    let loader = DataLoaderIndices(count: 10, batchSize: 4, shuffle: true)
    #expect(loader.batchCount == 3)
    #expect(epochs(loader, global: global) == [[[6, 7, 1, 4], [2, 0, 9, 8], [3, 5]], [[2, 4, 7, 0], [8, 9, 5, 3], [6, 1]]])
    #expect(nextUniform(global) == 0.455627977848053)
    let dropping = DataLoaderIndices(count: 10, batchSize: 4, shuffle: true, dropLast: true)
    #expect(dropping.batchCount == 2)
    #expect(epochs(dropping, global: Generator(seed: 0)) == [[[6, 7, 1, 4], [2, 0, 9, 8]], [[2, 4, 7, 0], [8, 9, 5, 3]]])
}

@Test func sequentialStillDrawsBaseSeed() {
    let global = Generator(seed: 0)
    #expect(epochs(DataLoaderIndices(count: 10, batchSize: 5), global: global)
            == [[[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]], [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]])
    #expect(nextUniform(global) == 0.30742281675338745)
}

@Test func explicitGenerator() {
    let global = Generator(seed: 0)
    let g = Generator(seed: 11)
    #expect(epochs(DataLoaderIndices(count: 10, batchSize: 4, shuffle: true, generator: g), global: global)
            == [[[0, 9, 3, 6], [1, 5, 7, 4], [8, 2]], [[8, 5, 4, 7], [1, 3, 6, 9], [2, 0]]])
    #expect(nextUniform(global) == 0.49625658988952637)  // untouched
    #expect(nextUniform(g) == 0.2987745404243469)
    let h = Generator(seed: 11)
    #expect(epochs(DataLoaderIndices(count: 10, batchSize: 5, shuffle: true, generator: h), global: global)
            == [[[0, 9, 3, 6, 1], [5, 7, 4, 8, 2]], [[8, 5, 4, 7, 1], [3, 6, 9, 2, 0]]])
    #expect(nextUniform(h) == 0.2987745404243469)
    let k = Generator(seed: 11)
    #expect(epochs(DataLoaderIndices(count: 10, batchSize: 3, shuffle: true, dropLast: true, generator: k),
                   global: global)
            == [[[0, 9, 3], [6, 1, 5], [7, 4, 8]], [[8, 5, 4], [7, 1, 3], [6, 9, 2]]])
    #expect(nextUniform(k) == 0.2987745404243469)
}
