/// A zlib stream (RFC 1950) holding one DEFLATE block (RFC 1951) with the fixed Huffman codes,
/// found by a small LZ77 matcher: enough to shrink the long flat runs of a chart image to a
/// few percent, in one short file and without a library.
enum Deflate {
    static func zlib(_ data: [UInt8]) -> [UInt8] {
        var out = BitWriter()
        out.bytes = [0x78, 0x01]        // deflate, 32 KiB window, no dictionary, check bits
        out.write(1, count: 1)          // BFINAL: the only block
        out.write(1, count: 2)          // BTYPE 01: fixed Huffman codes
        compress(data, into: &out)
        out.writeSymbol(256)            // end of block
        out.flush()
        let adler = Checksum.adler32(data)
        out.bytes += [UInt8(adler >> 24), UInt8(adler >> 16 & 0xFF), UInt8(adler >> 8 & 0xFF), UInt8(adler & 0xFF)]
        return out.bytes
    }

    private static let window = 32768, minMatch = 3, maxMatch = 258, chainLimit = 8
    private static let hashBits = 15

    /// Greedy LZ77: at each position the longest match among the last few with the same
    /// three-byte hash, else a literal.
    private static func compress(_ data: [UInt8], into out: inout BitWriter) {
        let n = data.count
        var head = [Int](repeating: -1, count: 1 << hashBits)
        var previous = [Int](repeating: -1, count: n)
        data.withUnsafeBufferPointer { d in
            func hash(_ i: Int) -> Int {
                (Int(d[i]) << 10 ^ Int(d[i + 1]) << 5 ^ Int(d[i + 2])) & ((1 << hashBits) - 1)
            }
            func insert(_ i: Int) {
                guard i + minMatch <= n else { return }
                let h = hash(i)
                previous[i] = head[h]
                head[h] = i
            }
            var i = 0
            while i < n {
                var bestLength = 0, bestDistance = 0
                if i + minMatch <= n {
                    var candidate = head[hash(i)]
                    var tries = 0
                    let limit = min(maxMatch, n - i)
                    while candidate >= 0, i - candidate <= window, tries < chainLimit {
                        var length = 0
                        while length < limit, d[candidate + length] == d[i + length] { length += 1 }
                        if length > bestLength {
                            bestLength = length
                            bestDistance = i - candidate
                            if length == limit { break }
                        }
                        candidate = previous[candidate]
                        tries += 1
                    }
                }
                if bestLength >= minMatch {
                    out.writeLength(bestLength)
                    out.writeDistance(bestDistance)
                    for j in i..<(i + bestLength) { insert(j) }
                    i += bestLength
                } else {
                    out.writeSymbol(Int(d[i]))
                    insert(i)
                    i += 1
                }
            }
        }
    }
}

/// Bits packed least significant first, as DEFLATE stores them; Huffman codes go in most
/// significant bit first.
private struct BitWriter {
    var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var filled = 0

    mutating func write(_ value: Int, count: Int) {
        buffer |= UInt64(value) << UInt64(filled)
        filled += count
        while filled >= 8 {
            bytes.append(UInt8(buffer & 0xFF))
            buffer >>= 8
            filled -= 8
        }
    }

    mutating func flush() {
        if filled > 0 { bytes.append(UInt8(buffer & 0xFF)) }
        buffer = 0
        filled = 0
    }

    private mutating func writeCode(_ code: Int, count: Int) {
        var reversed = 0
        for k in 0..<count { reversed |= (code >> k & 1) << (count - 1 - k) }
        write(reversed, count: count)
    }

    /// A literal/length symbol in the fixed code (RFC 1951, 3.2.6).
    mutating func writeSymbol(_ symbol: Int) {
        switch symbol {
        case 0...143: writeCode(0x30 + symbol, count: 8)
        case 144...255: writeCode(0x190 + symbol - 144, count: 9)
        case 256...279: writeCode(symbol - 256, count: 7)
        default: writeCode(0xC0 + symbol - 280, count: 8)
        }
    }

    private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                                     67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3,
                                      4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
                                       513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8,
                                        9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// Length 3...258: symbol 257...285 and its extra bits.
    mutating func writeLength(_ length: Int) {
        let code = (Self.lengthBase.lastIndex { $0 <= length }) ?? 0
        writeSymbol(257 + code)
        write(length - Self.lengthBase[code], count: Self.lengthExtra[code])
    }

    /// Distance 1...32768: a five-bit code and its extra bits.
    mutating func writeDistance(_ distance: Int) {
        let code = (Self.distanceBase.lastIndex { $0 <= distance }) ?? 0
        writeCode(code, count: 5)
        write(distance - Self.distanceBase[code], count: Self.distanceExtra[code])
    }
}
