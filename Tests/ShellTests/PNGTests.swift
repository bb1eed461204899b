import Glibc
import Testing
@testable import Shell

/// `plt.savefig('loss.png')`: the file must be a valid PNG. The test reads it back with its own
/// decoder (chunk CRCs, IHDR, a fixed-Huffman inflater built from RFC 1951's rules, the zlib
/// Adler-32), and, where python3 is installed, has Python's zlib decompress it too.
@Suite struct PNGTests {
    @Test func checksumsMatchTheirReferenceValues() {
        // The check values of the CRC-32 and Adler-32 catalogues.
        #expect(Checksum.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(Checksum.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(Checksum.adler32([UInt8](repeating: 255, count: 100_000)) == 0x149A_302C)
    }

    @Test func deflateRoundTrips() throws {
        let inputs: [[UInt8]] = [[], Array("a".utf8), Array("abcabcabcabcabcabc".utf8),
                                 [UInt8](repeating: 7, count: 70_000),
                                 (0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }]
        for input in inputs {
            let stream = Deflate.zlib(input)
            #expect((UInt16(stream[0]) << 8 | UInt16(stream[1])) % 31 == 0)
            let inflated = try #require(Inflater.zlib(stream))
            #expect(inflated == input)
        }
        #expect(Deflate.zlib([UInt8](repeating: 0, count: 100_000)).count < 1_000)
    }

    @Test func savefigWritesAValidPNGOfTheChart() throws {
        let folder = TemporaryDirectory()
        let runner = ScriptRunner()
        try runner.run("""
            import matplotlib.pyplot as plt
            plt.plot([3.0, 2.0, 1.5, 1.2], label='train')
            plt.plot([0, 3], [2.5, 1.0], label='val')
            plt.title('Loss'); plt.xlabel('epoch'); plt.ylabel('loss'); plt.legend()
            plt.savefig('\(folder.path)/loss.png')
            plt.savefig('\(folder.path)/chart')

            """, filename: "<stdin>", mode: .file) { _ in }
        #expect(Files.walk(folder.path) == [folder.path + "/chart.png", folder.path + "/loss.png"])
        let file = try readBytes(folder.path + "/loss.png")
        #expect(Array(file.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

        var chunks: [(type: String, data: [UInt8])] = []
        var position = 8
        while position + 12 <= file.count {
            let length = Int(bigEndian(file, position))
            let type = Array(file[(position + 4)..<(position + 8)])
            let data = Array(file[(position + 8)..<(position + 8 + length)])
            #expect(bigEndian(file, position + 8 + length) == Checksum.crc32(type + data))
            chunks.append((String(decoding: type, as: UTF8.self), data))
            position += 12 + length
        }
        #expect(position == file.count)
        #expect(chunks.map(\.type) == ["IHDR", "pHYs", "IDAT", "IEND"])
        let header = chunks[0].data
        #expect(bigEndian(header, 0) == 640 && bigEndian(header, 4) == 480)
        #expect(Array(header[8...]) == [8, 2, 0, 0, 0])

        let rows = try #require(Inflater.zlib(chunks[2].data))
        #expect(rows.count == 480 * (640 * 3 + 1))
        func pixel(_ x: Int, _ y: Int) -> UInt32 {
            let i = y * (640 * 3 + 1) + 1 + x * 3
            return UInt32(rows[i]) << 16 | UInt32(rows[i + 1]) << 8 | UInt32(rows[i + 2])
        }
        #expect(pixel(0, 0) == 0xFFFFFF)                       // white figure
        #expect(pixel(80, 240) == 0x000000)                    // the frame's left edge
        let colours = Set((0..<480).flatMap { y in (0..<640).map { x in pixel(x, y) } })
        #expect(colours.contains(0x1F77B4) && colours.contains(0xFF7F0E))   // tab10's first two

        if let python = python3() {
            let script = "import zlib,sys; d=open(sys.argv[1],'rb').read(); i=d.index(b'IDAT'); "
                + "n=int.from_bytes(d[i-4:i],'big'); print(len(zlib.decompress(d[i+4:i+4+n])))"
            #expect(run(python, ["-c", script, folder.path + "/loss.png"]) == "\(480 * (640 * 3 + 1))\n")
        }
    }

    @Test func unknownFormatsAreRefused() throws {
        #expect(throws: PythonErrorText.self) {
            try ScriptRunner().run("import matplotlib.pyplot as plt\nplt.savefig('x.gif')\n",
                                   filename: "<stdin>", mode: .file) { _ in }
        }
    }

    @Test func emptyAndDegenerateChartsDoNotTrap() {
        let degenerate = [Chart(), Chart(series: [.init(x: [1], y: [2], label: "_hidden")]),
                          Chart(series: [.init(x: [0, .nan, 2], y: [.infinity, 1, -1e300], label: nil)])]
        let png = PNGChart(width: 64, height: 48).render(degenerate)
        #expect(png.count > 8)
    }

    private func bigEndian(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 << 8 | UInt32(bytes[at + $1]) }
    }

    private func readBytes(_ path: String) throws -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw Files.Failure(path: path, reason: "cannot open") }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            bytes += chunk[0..<count]
            if count < chunk.count { return bytes }
        }
    }

    private func python3() -> String? {
        ["/usr/bin/python3", "/usr/local/bin/python3"].first { access($0, X_OK) == 0 }
    }

    /// Runs a program and returns its standard output.
    private func run(_ program: String, _ arguments: [String]) -> String {
        let command = ([program] + arguments).map { "'" + $0.replacing("'", with: "'\\''") + "'" }.joined(separator: " ")
        guard let pipe = popen(command, "r") else { return "" }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, pipe) }
            output += buffer[0..<count]
            if count < buffer.count { break }
        }
        pclose(pipe)
        return String(decoding: output, as: UTF8.self)
    }
}

/// A zlib reader for streams of fixed-Huffman DEFLATE blocks, its code tables derived from
/// RFC 1951's rules rather than copied from the encoder.
private enum Inflater {
    private struct Bits {
        let bytes: [UInt8]
        var position = 0
        mutating func bit() -> Int? {
            guard position / 8 < bytes.count else { return nil }
            defer { position += 1 }
            return Int(bytes[position / 8] >> UInt8(position % 8) & 1)
        }
        mutating func value(_ count: Int) -> Int? {      // least significant bit first
            var v = 0
            for k in 0..<count { guard let b = bit() else { return nil }; v |= b << k }
            return v
        }
        mutating func code(_ count: Int) -> Int? {       // Huffman codes: most significant bit first
            var v = 0
            for _ in 0..<count { guard let b = bit() else { return nil }; v = v << 1 | b }
            return v
        }
    }

    /// Base values and extra-bit counts of consecutive codes (3.2.5): each code's range is
    /// 2^extra long, starting where the previous one ended.
    private static func codes(count: Int, first: Int, extra: (Int) -> Int) -> [(base: Int, extra: Int)] {
        var table: [(base: Int, extra: Int)] = []
        var base = first
        for code in 0..<count {
            table.append((base, extra(code)))
            base += 1 << extra(code)
        }
        return table
    }

    /// Length symbols 257...285; the last one is 258 exactly.
    private static let lengths = codes(count: 28, first: 3) { $0 < 8 ? 0 : $0 / 4 - 1 } + [(258, 0)]
    private static let distances = codes(count: 30, first: 1) { $0 < 4 ? 0 : $0 / 2 - 1 }

    static func zlib(_ stream: [UInt8]) -> [UInt8]? {
        guard stream.count >= 6, stream[0] & 0x0F == 8 else { return nil }
        var bits = Bits(bytes: Array(stream.dropFirst(2)))
        var out: [UInt8] = []
        var final = 0
        while final == 0 {
            guard let last = bits.value(1), bits.value(2) == 1 else { return nil }
            final = last
            while true {
                guard var symbol = bits.code(7) else { return nil }
                if symbol <= 23 {
                    symbol += 256
                } else {
                    guard let b = bits.bit() else { return nil }
                    symbol = symbol << 1 | b
                    if (0x30...0xBF).contains(symbol) {
                        symbol -= 0x30
                    } else if (0xC0...0xC7).contains(symbol) {
                        symbol = symbol - 0xC0 + 280
                    } else {
                        guard let b = bits.bit() else { return nil }
                        symbol = (symbol << 1 | b) - 0x190 + 144
                    }
                }
                if symbol < 256 { out.append(UInt8(symbol)); continue }
                if symbol == 256 { break }
                guard symbol - 257 < lengths.count, let extra = bits.value(lengths[symbol - 257].extra),
                      let d = bits.code(5), d < distances.count, let dExtra = bits.value(distances[d].extra) else { return nil }
                let length = lengths[symbol - 257].base + extra, distance = distances[d].base + dExtra
                guard distance <= out.count else { return nil }
                for _ in 0..<length { out.append(out[out.count - distance]) }
            }
        }
        let trailer = Array(stream.suffix(4))
        let adler = trailer.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return adler == Checksum.adler32(out) ? out : nil
    }
}
