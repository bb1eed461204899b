/// The checksums PNG and zlib need: CRC-32 (ISO 3309, as in every PNG chunk) and Adler-32
/// (the zlib stream's trailer).
enum Checksum {
    private static let crcTable: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32<S: Sequence>(_ bytes: S) -> UInt32 where S.Element == UInt8 {
        var c: UInt32 = 0xFFFF_FFFF
        crcTable.withUnsafeBufferPointer { table in
            for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        }
        return c ^ 0xFFFF_FFFF
    }

    static func adler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1, b: UInt32 = 0
        bytes.withUnsafeBufferPointer { data in
            // 5552 bytes is the most that can be summed before the 32-bit sums may overflow.
            var start = 0
            while start < data.count {
                let end = min(start + 5552, data.count)
                for i in start..<end {
                    a &+= UInt32(data[i])
                    b &+= a
                }
                a %= 65521
                b %= 65521
                start = end
            }
        }
        return b << 16 | a
    }
}
