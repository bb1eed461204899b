/// An 8-bit RGB image written as a PNG file: signature, IHDR, pHYs (matplotlib's 100 dpi),
/// one IDAT with the zlib-compressed rows (filter type 0 on every row), IEND.
struct PNGImage {
    let width: Int
    let height: Int
    /// Rows top to bottom, three bytes (red, green, blue) a pixel.
    var pixels: [UInt8]

    init(width: Int, height: Int, fill: UInt32 = 0xFFFFFF) {
        self.width = max(width, 1)
        self.height = max(height, 1)
        pixels = [UInt8](repeating: 0, count: self.width * self.height * 3)
        for i in stride(from: 0, to: pixels.count, by: 3) {
            pixels[i] = UInt8(fill >> 16 & 0xFF)
            pixels[i + 1] = UInt8(fill >> 8 & 0xFF)
            pixels[i + 2] = UInt8(fill & 0xFF)
        }
    }

    func encoded() -> [UInt8] {
        var rows: [UInt8] = []
        rows.reserveCapacity((width * 3 + 1) * height)
        for y in 0..<height {
            rows.append(0)
            rows += pixels[(y * width * 3)..<((y + 1) * width * 3)]
        }
        var header = Self.bigEndian(UInt32(width)) + Self.bigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0]       // bit depth 8, RGB, deflate, adaptive filters, no interlace
        let dotsPerMetre = Self.bigEndian(3937)     // 100 dpi
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        file += Self.chunk("IHDR", header)
        file += Self.chunk("pHYs", dotsPerMetre + dotsPerMetre + [1])
        file += Self.chunk("IDAT", Deflate.zlib(rows))
        file += Self.chunk("IEND", [])
        return file
    }

    private static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeAndData = Array(type.utf8) + data
        return bigEndian(UInt32(data.count)) + typeAndData + bigEndian(Checksum.crc32(typeAndData))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
