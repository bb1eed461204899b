import Testing
@testable import Tensors

// Expected values were printed by torch 2.15.0 (~/.torchref/bin/python), e.g.
// `torch.manual_seed(0); torch.rand(3).tolist()`.

private func seeded(_ seed: UInt64) -> Generator { Generator(seed: seed) }

private func floats(_ count: Int, _ fill: (UnsafeMutableBufferPointer<Float>) -> Void) -> [Float] {
    var values = [Float](repeating: .nan, count: count)
    values.withUnsafeMutableBufferPointer { fill($0) }
    return values
}

private func doubles(_ count: Int, _ fill: (UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
    var values = [Double](repeating: .nan, count: count)
    values.withUnsafeMutableBufferPointer { fill($0) }
    return values
}

/// Sum of the bit patterns, as the reference script computed it over numpy views.
private func checksum(_ values: [Float]) -> UInt64 {
    values.reduce(0) { $0 &+ UInt64($1.bitPattern) }
}

private func checksum(_ values: [Double]) -> UInt64 {
    values.reduce(0) { $0 &+ $1.bitPattern }
}

@Test func engineMatchesReferenceOutputs() {
    let g = seeded(0)
    #expect((0..<5).map { _ in g.random() } == [2357136044, 2546248239, 3071714933, 3626093760, 2588848963])
    #expect(seeded(5489).random() == 3499211612)
    // Only the low 32 bits seed the engine.
    #expect(seeded(1 << 40 + 17).random() == seeded(17).random())
    #expect(Generator().initialSeed == 67280421310721)
}

@Test func manualSeedResetsStreamAndCache() {
    let g = seeded(0)
    _ = floats(3) { g.fillNormal($0, mean: 0, std: 1) }
    g.manualSeed(UInt64(bitPattern: -1))
    #expect(g.initialSeed == 18446744073709551615)
    #expect(floats(1) { g.fillUniform($0, from: 0, to: 1) } == [0.9937993884086609])
}

@Test func uniformFloat32AndFloat64() {
    #expect(floats(3) { seeded(0).fillUniform($0, from: 0, to: 1) }
            == [0.49625658988952637, 0.7682217955589294, 0.08847743272781372])
    #expect(floats(5) { seeded(0).fillUniform($0, from: -0.3, to: 0.3) }
            == [-0.002246046205982566, 0.16093307733535767, -0.24691355228424072, -0.22078171372413635,
                -0.115546315908432])
    #expect(doubles(2) { seeded(0).fillUniform($0, from: 0, to: 1) } == [0.9700530018065531, 0.707819864399788])
    #expect(doubles(3) { seeded(0).fillUniform($0, from: -0.3, to: 0.3) }
            == [0.28203180108393183, 0.12469191863987276, -0.024370234123529476])
    #expect(floats(3) { seeded(42).fillUniform($0, from: 0, to: 1) }
            == [0.8822692632675171, 0.9150039553642273, 0.38286375999450684])
}

@Test func normalScalarPathAndCache() {
    #expect(floats(6) { seeded(0).fillNormal($0, mean: 0, std: 1) }
            == [1.5409960746765137, -0.293428897857666, -2.1787893772125244, 0.5684312582015991,
                -1.0845223665237427, -1.3985954523086548])
    #expect(doubles(5) { seeded(0).fillNormal($0, mean: 0, std: 1) }
            == [1.5409961082440433, -0.2934289057609464, -2.1787893820745574, 0.5684312772806678,
                -1.084522342424021])
    #expect(floats(5) { seeded(0).fillNormal($0, mean: 1.5, std: 0.3) }
            == [1.96229887008667, 1.4119713306427002, 0.8463631868362427, 1.6705293655395508, 1.1746432781219482])
    #expect(floats(3) { seeded(42).fillNormal($0, mean: 0, std: 1) }
            == [0.33669036626815796, 0.12880940735340118, 0.23446236550807953])
    // randn(3) leaves one sample cached; randn(1) consumes it without drawing.
    let g = seeded(0)
    _ = floats(3) { g.fillNormal($0, mean: 0, std: 1) }
    #expect(floats(1) { g.fillNormal($0, mean: 0, std: 1) } == [0.5684312582015991])
    // randn(1) draws 4 words and caches the second sample.
    let h = seeded(0)
    _ = floats(1) { h.fillNormal($0, mean: 0, std: 1) }
    #expect(floats(1) { h.fillUniform($0, from: 0, to: 1) } == [0.30742281675338745])
}

@Test func normalVectorisedPaths() {
    #expect(floats(16) { seeded(0).fillNormal($0, mean: 0, std: 1) }
            == [-1.1258398294448853, -1.152360200881958, -0.2505785822868347, -0.4338788092136383,
                0.8487103581428528, 0.6920091509819031, -0.31601276993751526, -2.1152193546295166,
                0.32227492332458496, -1.2633347511291504, 0.34998318552970886, 0.30813392996788025,
                0.11984150856733322, 1.237657904624939, 1.1167771816253662, -0.2472781538963318])
    #expect(floats(17) { seeded(0).fillNormal($0, mean: 0, std: 1) }
            == [-1.1258398294448853, -1.6959311962127686, 0.5666506290435791, 0.7935083508491516,
                0.5988394618034363, -1.5550950765609741, -0.3413603901863098, 1.85300612449646,
                0.46809640526771545, -0.5854975581169128, -0.1733967512845993, 0.18347793817520142,
                1.3893661499023438, 1.586334228515625, 0.946298360824585, -0.843676745891571,
                0.9318265914916992])
    #expect(floats(17) { seeded(0).fillNormal($0, mean: 1.5, std: 0.3) }
            == [1.1622480154037476, 0.9912205934524536, 1.6699951887130737, 1.738052487373352,
                1.6796518564224243, 1.0334714651107788, 1.3975918292999268, 2.0559017658233643,
                1.640428900718689, 1.3243507146835327, 1.4479809999465942, 1.555043339729309,
                1.9168099164962769, 1.9759002923965454, 1.7838895320892334, 1.2468969821929932,
                1.779547929763794])
    let d = doubles(20) { seeded(0).fillNormal($0, mean: 0, std: 1) }
    #expect(Array(d.prefix(4)) == [-2.310411800234176, -0.3732508612577643, -1.0608166785462863, 0.9995093547811761])
    #expect(d.last == -0.7498915228391941)
}

@Test(arguments: [
    (UInt64(0), UInt64(8792146151872), UInt64(4642152777430386262), UInt64(3204636317296),
     UInt64(1548775785213), UInt64(6853949484527345386)),
    (1, 8636737084467, 14077601226639019091, 3213208188182, 1530998025588, 7099708356334241529),
    (123, 8649057121622, 13994877637081510543, 3204560062913, 1553269336928, 16277671692553541283),
])
func longStreamsMatchBitForBit(seed: UInt64, randn: UInt64, randn64: UInt64, normal: UInt64,
                               uniform: UInt64, uniform64: UInt64) {
    #expect(checksum(floats(4099) { seeded(seed).fillNormal($0, mean: 0, std: 1) }) == randn)
    #expect(checksum(doubles(1003) { seeded(seed).fillNormal($0, mean: 0, std: 1) }) == randn64)
    #expect(checksum(floats(1000) { seeded(seed).fillNormal($0, mean: -2, std: 0.7) }) == normal)
    #expect(checksum(floats(1000) { seeded(seed).fillUniform($0, from: -0.37, to: 1.3) }) == uniform)
    #expect(checksum(doubles(1000) { seeded(seed).fillUniform($0, from: -0.37, to: 1.3) }) == uniform64)
}

@Test func integers() {
    func ints(_ n: Int, _ fill: (UnsafeMutableBufferPointer<Int64>) -> Void) -> [Int64] {
        var v = [Int64](repeating: 0, count: n)
        v.withUnsafeMutableBufferPointer { fill($0) }
        return v
    }
    #expect(ints(8) { seeded(0).fillRandom($0, low: 0, high: 10) } == [4, 9, 3, 0, 3, 9, 7, 3])
    #expect(ints(5) { seeded(0).fillRandom($0, low: 0, high: 3) } == [2, 0, 2, 0, 1])
    let g = seeded(0)
    #expect(ints(6) { g.fillRandom($0, low: -5, high: 5) } == [-1, 4, -2, -5, -2, 4])
    #expect(ints(3) { g.fillRandom($0, low: 0, high: 1 << 40) } == [841157541223, 41332891347, 91845220082])
    #expect(ints(4) { seeded(0).fillRandom($0) }
            == [900450186894289455, 3969543146641149120, 1895649597198586619, 827948490035658087])
    var i32 = [Int32](repeating: 0, count: 4)
    i32.withUnsafeMutableBufferPointer { seeded(0).fillRandom($0) }
    #expect(i32 == [209652396, 398764591, 924231285, 1478610112])
    #expect(floats(4) { seeded(0).fillRandom($0) } == [8325664.0, 12888472.0, 1484222.0, 2214888.0])
    #expect(floats(3) { seeded(0).fillRandom($0, low: 0, high: 10) } == [4, 9, 3])
    #expect(seeded(0).randomInt64Seed() == 900450186894289455)
    #expect(!seeded(0).fillRandom(UnsafeMutableBufferPointer<Int64>(start: nil, count: 0), low: 3, high: 3))
}

@Test func randperm() {
    #expect(seeded(0).randperm(10) == [4, 1, 7, 5, 3, 9, 0, 8, 6, 2])
    #expect(seeded(0).randperm(1) == [0])
    #expect(seeded(0).randperm(0) == [])
    #expect(seeded(7).randperm(12) == [3, 4, 0, 5, 7, 9, 11, 6, 8, 1, 10, 2])
    let g = seeded(3)
    #expect(g.randperm(5000).reduce(0, +) == 12497500)
    #expect(Array(g.randperm(5000).prefix(8)) == [4379, 944, 1595, 2231, 2028, 3604, 3510, 3614])
}

@Test func bernoulli() {
    #expect(floats(8) { seeded(0).fillBernoulli($0, p: 0.3) } == [0, 0, 0, 0, 0, 0, 1, 0])
    #expect(doubles(8) { seeded(0).fillBernoulli($0, p: 0.3) } == [0, 0, 0, 0, 0, 0, 1, 0])
    let p: [Float] = [0.1, 0.5, 0.9, 0.3, 0.7, 0.2, 0.6, 0.4]
    let drawn = p.withUnsafeBufferPointer { probabilities in
        floats(8) { seeded(0).fillBernoulli($0, probabilities: probabilities) }
    }
    #expect(drawn == [0, 0, 1, 1, 1, 0, 1, 0])
}

@Test func stateSnapshotRestoresStream() {
    let g = seeded(9)
    _ = floats(3) { g.fillNormal($0, mean: 0, std: 1) }
    let saved = g.state
    let first = floats(20) { g.fillNormal($0, mean: 0, std: 1) }
    g.state = saved
    #expect(floats(20) { g.fillNormal($0, mean: 0, std: 1) } == first)
}

@Test func nonDeterministicSeedsUseAllBits() {
    // torch.seed() returns 64-bit seeds and makes them the initial seed.
    let g = Generator()
    let seeds = (0..<64).map { _ in g.seed() }
    #expect(seeds.contains { $0 >= 1 << 53 })
    #expect(g.initialSeed == seeds.last)
}

@Test func bernoulliOfManyElements() {
    // torch.manual_seed(0); torch.empty(1000).bernoulli_(0.3): 309 ones, then rand(1).
    let g = seeded(0)
    let mask = floats(1000) { g.fillBernoulli($0, p: 0.3) }
    #expect(mask.reduce(0, +) == 309)
    #expect(Array(mask.prefix(10)) == [0, 0, 0, 0, 0, 0, 1, 0, 0, 1])
    #expect(floats(1) { g.fillUniform($0, from: 0, to: 1) } == [0.7773485779762268])
}

@Test func stateBytesMatchTorchLayout() throws {
    // sum((i + 1) * byte) of torch.get_rng_state() at several points after torch.manual_seed(0).
    func weighted(_ bytes: [UInt8]) -> UInt64 {
        bytes.enumerated().reduce(0) { $0 &+ UInt64($1.offset + 1) &* UInt64($1.element) }
    }
    let g = seeded(0)
    #expect(g.stateBytes.count == 5056)
    #expect(weighted(g.stateBytes) == 798001855)
    _ = floats(3) { g.fillUniform($0, from: 0, to: 1) }
    _ = floats(1) { g.fillNormal($0, mean: 0, std: 1) }
    #expect(weighted(g.stateBytes) == 808845948)
    let saved = g.stateBytes
    _ = floats(700) { g.fillUniform($0, from: 0, to: 1) }
    #expect(weighted(g.stateBytes) == 805103168)
    let h = seeded(0)
    _ = floats(624) { h.fillUniform($0, from: 0, to: 1) }
    #expect(weighted(h.stateBytes) == 802833415)
    // Round trip: restoring replays the same stream, cached normal included.
    let after = floats(5) { g.fillNormal($0, mean: 0, std: 1) }
    try g.setStateBytes(saved)
    _ = floats(700) { g.fillUniform($0, from: 0, to: 1) }
    #expect(floats(5) { g.fillNormal($0, mean: 0, std: 1) } == after)
    try h.setStateBytes(seeded(0).stateBytes)
    #expect(h.random() == 2357136044)
    #expect(throws: TensorError.self) { try h.setStateBytes([1, 2, 3]) }
}
