/// Float32 products with a single vector side: a row times a matrix whose columns are contiguous
/// (`nn.Linear` on one sample: `x @ W.t()`), or a matrix with contiguous rows times a column
/// (`mv`). PyTorch sends these to MKL, whose kernels sum each dot product in an order of
/// their own; the orders below were read off MKL 2024.2 (AVX-512) by probing it with sums that
/// cancel, and reproduce its results bit for bit, so a forward pass prints PyTorch's digits.
///
/// Dot products are taken in groups of four. Each dot of a full group keeps four lanes over
/// 4·⌊(b-1)/4⌋ elements ending at element b, chains the ones before into lane 0 and the ones
/// after b onto the sum, where k - b is how far the matrix starts past a 16-byte boundary.
/// The one to three dots left over run a single-dot kernel that first steps the vector to a
/// 16-byte boundary, then keeps eight lanes (four for the second leftover dot) over blocks of
/// eight, then chains the rest. Products are rounded before they are added (no fused
/// multiply-add); `beta == 1` adds the output's prior value (the bias) last.
func vectorProduct(dots: Int, length k: Int, vector: UnsafePointer<Float>,
                   rows: UnsafePointer<Float>, rowStride: Int, out: UnsafeMutablePointer<Float>, beta: Double) {
    let full = dots - dots % 4
    // Elements before the first 16-byte boundary of the vector, one to four.
    let peel = 4 - (Int(bitPattern: vector) / MemoryLayout<Float>.stride) % 4
    let tail = (Int(bitPattern: rows) / MemoryLayout<Float>.stride) % 4
    // Large products split their dots between the intra-op threads (whole groups of four, so
    // each dot keeps its order).
    let work = dots.multipliedReportingOverflow(by: k)
    let parts = work.overflow || work.partialValue > grainSize * 8 ? Swift.min(intraOpThreads, (dots + 3) / 4) : 1
    let groupsPerPart = ((dots + 3) / 4 + parts - 1) / parts
    runConcurrently(parts) { part in
        let start = Swift.min(dots, part * groupsPerPart * 4), end = Swift.min(dots, start + groupsPerPart * 4)
        for j in start..<end {
            let w = rows + j * rowStride
            let dot: Float
            if j < full {
                dot = groupedDot(vector, w, k, tail: tail)
            } else {
                dot = leftoverDot(vector, w, k, peel: peel, fourLanes: j - full == 1)
            }
            out[j] = beta == 1 ? out[j] + dot : dot
        }
    }
}

/// A dot of a full group of four: lanes over the last 4·⌊(b-1)/4⌋ of the first b = k - tail
/// elements, the ones before chained into lane 0, the tail chained onto the sum.
private func groupedDot(_ x: UnsafePointer<Float>, _ w: UnsafePointer<Float>, _ k: Int, tail: Int) -> Float {
    let body = k - tail
    if body < 1 { return chainedDot(x, w, 0..<k, start: nil) }
    let groups = (body - 1) / 4, head = body - 4 * groups
    var sum = chainedDot(x, w, 0..<head, start: nil)
    if groups > 0 { sum = fourLaneDot(x, w, from: head, groups: groups, seed: sum) }
    return chainedDot(x, w, body..<k, start: sum)
}

/// A leftover dot: a chain up to the 16-byte boundary, eight (or four) lanes over blocks of
/// eight, then a chain over the rest.
private func leftoverDot(_ x: UnsafePointer<Float>, _ w: UnsafePointer<Float>, _ k: Int,
                         peel: Int, fourLanes: Bool) -> Float {
    let head = Swift.min(peel, k), blocks = (k - head) / 8, bodyEnd = head + 8 * blocks
    var sum = chainedDot(x, w, 0..<head, start: nil)
    if blocks > 0 {
        sum = fourLanes ? fourLaneDot(x, w, from: head, groups: 2 * blocks, seed: sum)
                        : eightLaneDot(x, w, from: head, blocks: blocks, seed: sum)
    }
    return chainedDot(x, w, bodyEnd..<k, start: sum)
}

/// Products added one after another onto `start` (or onto the first product).
private func chainedDot(_ x: UnsafePointer<Float>, _ w: UnsafePointer<Float>, _ range: Range<Int>,
                        start: Float?) -> Float {
    var indices = range.makeIterator()
    var sum: Float
    if let start { sum = start } else if let i = indices.next() { sum = x[i] * w[i] } else { return 0 }
    while let i = indices.next() { sum += x[i] * w[i] }
    return sum
}

private func load<V: SIMD>(_ p: UnsafePointer<Float>, _: V.Type) -> V where V.Scalar == Float {
    UnsafeRawPointer(p).loadUnaligned(as: V.self)
}

/// Lane l sums elements from+l, from+l+4, …; lane 0 starts from `seed`. Halved as MKL does.
private func fourLaneDot(_ x: UnsafePointer<Float>, _ w: UnsafePointer<Float>, from: Int, groups: Int,
                         seed: Float) -> Float {
    var lanes = load(x + from, SIMD4<Float>.self) * load(w + from, SIMD4<Float>.self)
    lanes[0] = seed + lanes[0]
    for g in 1..<groups {
        let i = from + 4 * g
        lanes += load(x + i, SIMD4<Float>.self) * load(w + i, SIMD4<Float>.self)
    }
    return (lanes[0] + lanes[2]) + (lanes[1] + lanes[3])
}

/// Eight lanes over blocks of eight, lane 0 starting from `seed`, halved as MKL does.
private func eightLaneDot(_ x: UnsafePointer<Float>, _ w: UnsafePointer<Float>, from: Int, blocks: Int,
                          seed: Float) -> Float {
    var lanes = load(x + from, SIMD8<Float>.self) * load(w + from, SIMD8<Float>.self)
    lanes[0] = seed + lanes[0]
    for b in 1..<blocks {
        let i = from + 8 * b
        lanes += load(x + i, SIMD8<Float>.self) * load(w + i, SIMD8<Float>.self)
    }
    let half = lanes.lowHalf + lanes.highHalf
    return (half[0] + half[2]) + (half[1] + half[3])
}
