#if canImport(Glibc)
import Glibc
#endif

// PyTorch's CPU summation order for floating types (aten/src/ATen/native/cpu/SumKernel.cpp),
// so sums, means and the losses built on them round exactly as PyTorch's do: partial sums in
// the element type, four interleaved accumulators ("ilp"), a cascade of levels every 16
// elements, SIMD lanes for contiguous rows, and a two-way split of large full reductions as
// its two threads make it.

/// Bytes per SIMD vector in PyTorch's sum kernel on this CPU: its AVX2 build (the sum kernel
/// is not dispatched to AVX512 even where the CPU has it), else the default 16-byte one.
let simdBytes: Int = {
    guard let f = fopen("/proc/cpuinfo", "r") else { return 32 }
    defer { fclose(f) }
    var line = [CChar](repeating: 0, count: 8192)
    while fgets(&line, Int32(line.count), f) != nil {
        let s = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard s.hasPrefix("flags") else { continue }
        let flags = Set(s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init))
        return flags.contains("avx2") ? 32 : 16
    }
    return 32
}()


private func ceilLog2(_ x: Int) -> Int {
    if x <= 2 { return 1 }
    return (Int.bitWidth - (UInt(x - 1)).leadingZeroBitCount - 1) + 1
}

enum SumOrder {
    /// `multi_row_sum` for one accumulator: sequential, with partial sums moved up a level
    /// every 2^level_power elements.
    @inline(__always)
    static func cascade<T: BinaryFloatingPoint>(_ p: UnsafePointer<T>, count m: Int, stride s: Int) -> T {
        let levelPower = Swift.max(4, ceilLog2(m) / 4)
        let step = 1 << levelPower, mask = step - 1
        var a0 = T.zero, a1 = T.zero, a2 = T.zero, a3 = T.zero
        var i = 0
        while i + step <= m {
            for _ in 0..<step { a0 += p[i * s]; i += 1 }
            a1 += a0; a0 = 0
            if i & (mask << levelPower) != 0 { continue }
            a2 += a1; a1 = 0
            if i & (mask << (2 * levelPower)) != 0 { continue }
            a3 += a2; a2 = 0
        }
        while i < m { a0 += p[i * s]; i += 1 }
        a0 += a1
        a0 += a2
        a0 += a3
        return a0
    }

    /// `row_sum`: four interleaved cascades, the leftovers into the first, then combined.
    @inline(__always)
    static func rowSum<T: BinaryFloatingPoint>(_ p: UnsafePointer<T>, count n: Int, stride s: Int) -> T {
        let m = n / 4
        var p0 = cascade(p, count: m, stride: 4 * s)
        let p1 = cascade(p + s, count: m, stride: 4 * s)
        let p2 = cascade(p + 2 * s, count: m, stride: 4 * s)
        let p3 = cascade(p + 3 * s, count: m, stride: 4 * s)
        for i in (4 * m)..<n { p0 += p[i * s] }
        p0 += p1
        p0 += p2
        p0 += p3
        return p0
    }

    /// A contiguous row (`vectorized_inner_sum`, or the scalar path for rows shorter than a
    /// vector): the tail elements first, then each SIMD lane's row sum in lane order. The lanes
    /// run side by side in SIMD registers, as PyTorch's do, so memory is read once.
    static func innerSum<T: BinaryFloatingPoint & SIMDScalar>(_ p: UnsafePointer<T>, count n: Int) -> T {
        let lanes = simdBytes / MemoryLayout<T>.size
        if n < lanes { return rowSum(p, count: n, stride: 1) }
        let vectors = n / lanes
        var total = T.zero
        for k in (vectors * lanes)..<n { total += p[k] }
        func lanesInOrder<V: SIMD>(_: V.Type) where V.Scalar == T {
            let sums = rowSum(UnsafeRawPointer(p), V.self, count: vectors)
            for l in 0..<lanes { total += sums[l] }
        }
        switch (MemoryLayout<T>.size, lanes) {
        case (4, 8): lanesInOrder(SIMD8<T>.self)
        case (4, 4): lanesInOrder(SIMD4<T>.self)
        case (8, 4): lanesInOrder(SIMD4<T>.self)
        case (8, 2): lanesInOrder(SIMD2<T>.self)
        default: for l in 0..<lanes { total += rowSum(p + l, count: vectors, stride: lanes) }
        }
        return total
    }

    /// `rowSum` of `count` consecutive vectors, lane by lane. Its four interleaved cascades share
    /// their control flow, so they run side by side in one pass, as ATen's unrolled loop does:
    /// four independent chains of additions, and memory read once.
    @inline(__always)
    private static func rowSum<V: SIMD>(_ p: UnsafeRawPointer, _: V.Type, count n: Int) -> V where V.Scalar: BinaryFloatingPoint {
        let m = n / 4, size = MemoryLayout<V>.size
        let levelPower = Swift.max(4, ceilLog2(m) / 4)
        let step = 1 << levelPower, mask = step - 1
        @inline(__always) func load(_ k: Int) -> V { p.loadUnaligned(fromByteOffset: k * size, as: V.self) }
        var c0 = Levels<V>(), c1 = Levels<V>(), c2 = Levels<V>(), c3 = Levels<V>()
        var i = 0
        while i + step <= m {
            for _ in 0..<step {
                c0.a0 += load(4 * i); c1.a0 += load(4 * i + 1); c2.a0 += load(4 * i + 2); c3.a0 += load(4 * i + 3)
                i += 1
            }
            c0.carry(after: i, mask, levelPower); c1.carry(after: i, mask, levelPower)
            c2.carry(after: i, mask, levelPower); c3.carry(after: i, mask, levelPower)
        }
        while i < m {
            c0.a0 += load(4 * i); c1.a0 += load(4 * i + 1); c2.a0 += load(4 * i + 2); c3.a0 += load(4 * i + 3)
            i += 1
        }
        var p0 = c0.total
        for k in (4 * m)..<n { p0 += load(k) }
        p0 += c1.total
        p0 += c2.total
        p0 += c3.total
        return p0
    }

    /// A whole contiguous tensor summed to one value: above the grain size PyTorch's threads
    /// each sum a contiguous chunk and the chunk sums are added.
    static func fullSum<T: BinaryFloatingPoint & SIMDScalar>(_ p: UnsafePointer<T>, count n: Int) -> T {
        let chunks = parallelChunks(n)
        if chunks.count == 1 { return innerSum(p, count: n) }
        // Each thread's chunk sum, computed side by side, then added in chunk order as PyTorch does.
        var partial = [T](repeating: 0, count: chunks.count)
        partial.withUnsafeMutableBufferPointer { sums in
            runConcurrently(chunks.count) { c in
                let start = c * chunks.size
                sums[c] = start < n ? innerSum(p + start, count: Swift.min(chunks.size, n - start)) : 0
            }
        }
        var total = T.zero
        for (c, s) in partial.enumerated() where c * chunks.size < n { total += s }
        return total
    }

    /// One column of an outer reduction (the reduced dim is not the innermost): which of
    /// PyTorch's loops handles column `j` of `columns` decides its order.
    static func outerColumnSum<T: BinaryFloatingPoint>(_ p: UnsafePointer<T>, count n: Int, column j: Int, columns: Int) -> T {
        let lanes = simdBytes / MemoryLayout<T>.size
        let blocked = columns >= lanes ? (columns / (4 * lanes)) * (4 * lanes) : (columns / 4) * 4
        return j < blocked ? cascade(p, count: n, stride: 1) : rowSum(p, count: n, stride: 1)
    }
}

/// One cascade's partial sums by level (`multi_row_sum`'s accumulators).
private struct Levels<V: SIMD> where V.Scalar: BinaryFloatingPoint {
    var a0 = V.zero, a1 = V.zero, a2 = V.zero, a3 = V.zero

    /// After each full step the partial sums move up a level, as `cascade` moves them.
    @inline(__always)
    mutating func carry(after i: Int, _ mask: Int, _ levelPower: Int) {
        a1 += a0; a0 = .zero
        if i & (mask << levelPower) != 0 { return }
        a2 += a1; a1 = .zero
        if i & (mask << (2 * levelPower)) != 0 { return }
        a3 += a2; a2 = .zero
    }

    /// `a0 + a1 + a2 + a3`, in that order.
    var total: V {
        var t = a0
        t += a1
        t += a2
        t += a3
        return t
    }
}
