import Script

// The zip container of torch.save's format: stored (uncompressed) entries with CRC-32, each
// entry's data aligned to 64 bytes as PyTorch aligns it. Reading accepts any stored entries
// (PyTorch never compresses); ZIP64 archives (over 4 GiB) are refused.

enum ZipArchive {
    struct Entry {
        var name: String
        var data: [UInt8]
    }

    /// PyTorch aligns each entry's data so storages can be mapped in place.
    private static let alignment = 64

    static func write(_ entries: [Entry]) throws(PyError) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for e in entries {
            let name = Array(e.name.utf8)
            guard name.count < 0xffff else { throw PyError.valueError("torch.save: file name too long: '\(e.name)'") }
            guard e.data.count < Int(UInt32.max), out.count < Int(UInt32.max) else {
                throw PyError.runtimeError("torch.save: files over 4 GiB (ZIP64) are not supported")
            }
            let offset = out.count
            let crc = crc32(e.data)
            // The extra field ("FB" + padding) puts the data on an aligned offset.
            let headerEnd = offset + 30 + name.count + 4
            let padding = (alignment - headerEnd % alignment) % alignment
            out.le32(0x0403_4b50); out.le16(20); out.le16(0x0800); out.le16(0)
            out.le16(0); out.le16(0x21)                      // time 00:00, date 1980-01-01
            out.le32(crc); out.le32(UInt32(e.data.count)); out.le32(UInt32(e.data.count))
            out.le16(UInt16(name.count)); out.le16(UInt16(4 + padding))
            out += name
            out.le16(0x4246); out.le16(UInt16(padding))
            out += [UInt8](repeating: 0x5a, count: padding)
            out += e.data

            central.le32(0x0201_4b50); central.le16(20); central.le16(20); central.le16(0x0800); central.le16(0)
            central.le16(0); central.le16(0x21)
            central.le32(crc); central.le32(UInt32(e.data.count)); central.le32(UInt32(e.data.count))
            central.le16(UInt16(name.count)); central.le16(0); central.le16(0); central.le16(0); central.le16(0)
            central.le32(0); central.le32(UInt32(offset))
            central += name
        }
        guard entries.count < 0xffff, out.count < Int(UInt32.max) else {
            throw PyError.runtimeError("torch.save: archives needing ZIP64 are not supported")
        }
        let centralOffset = out.count
        out += central
        out.le32(0x0605_4b50); out.le16(0); out.le16(0)
        out.le16(UInt16(entries.count)); out.le16(UInt16(entries.count))
        out.le32(UInt32(central.count)); out.le32(UInt32(centralOffset)); out.le16(0)
        return out
    }

    /// Entries by name, in the order of the central directory.
    static func read(_ bytes: [UInt8]) throws(PyError) -> [(name: String, data: ArraySlice<UInt8>)] {
        let r = ByteReader(bytes)
        // The end record is the last 22 bytes, unless a comment (at most 64 KiB) follows it.
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xffff)
        while end >= lowest, (try? r.le32(end)) != 0x0605_4b50 { end -= 1 }
        guard end >= lowest else { throw notZip() }
        let count = Int(try r.le16(end + 10))
        var at = Int(try r.le32(end + 16))
        var entries: [(name: String, data: ArraySlice<UInt8>)] = []
        for _ in 0..<count {
            guard try r.le32(at) == 0x0201_4b50 else { throw notZip() }
            let method = try r.le16(at + 10)
            let size = try r.le32(at + 20)
            let (nameLength, extraLength, commentLength) = (Int(try r.le16(at + 28)), Int(try r.le16(at + 30)), Int(try r.le16(at + 32)))
            let local = try r.le32(at + 42)
            let name = String(decoding: try r.slice(at + 46, nameLength), as: UTF8.self)
            guard size != 0xffff_ffff, local != 0xffff_ffff else {
                throw PyError.runtimeError("torch.load: ZIP64 archives (over 4 GiB) are not supported")
            }
            guard method == 0 else {
                throw PyError.runtimeError("torch.load: entry '\(name)' is compressed; only stored entries are supported")
            }
            let l = Int(local)
            guard try r.le32(l) == 0x0403_4b50 else { throw notZip() }
            let dataStart = l + 30 + Int(try r.le16(l + 26)) + Int(try r.le16(l + 28))
            let data = try r.slice(dataStart, Int(size))
            guard crc32(data) == (try r.le32(at + 16)) else {
                throw PyError.runtimeError("PytorchStreamReader failed reading file \(name): invalid CRC-32")
            }
            entries.append((name, data))
            at += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    static func notZip() -> PyError {
        PyError.runtimeError("PytorchStreamReader failed reading zip archive: failed finding central directory")
    }

    private static let crcTable: [UInt32] = (0..<256).map { (n: UInt32) -> UInt32 in
        var c = n
        for _ in 0..<8 { c = c & 1 != 0 ? 0xedb8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    /// CRC-32 (the zip polynomial), over raw memory: storages run to megabytes.
    static func crc32<C: Collection>(_ data: C) -> UInt32 where C.Element == UInt8 {
        var c: UInt32 = 0xffff_ffff
        let done: Void? = data.withContiguousStorageIfAvailable { bytes in
            crcTable.withUnsafeBufferPointer { table in
                guard let t = table.baseAddress, let p = bytes.baseAddress else { return }
                for i in 0..<bytes.count { c = t[Int((c ^ UInt32(p[i])) & 0xff)] ^ (c >> 8) }
            }
        }
        if done == nil {
            crcTable.withUnsafeBufferPointer { table in
                for b in data { c = table[Int((c ^ UInt32(b)) & 0xff)] ^ (c >> 8) }
            }
        }
        return c ^ 0xffff_ffff
    }
}

/// Bounds-checked little-endian reads (a damaged file must raise, not trap).
struct ByteReader {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func slice(_ at: Int, _ count: Int) throws(PyError) -> ArraySlice<UInt8> {
        guard at >= 0, count >= 0, at <= bytes.count, count <= bytes.count - at else { throw ZipArchive.notZip() }
        return bytes[at..<(at + count)]
    }

    func le16(_ at: Int) throws(PyError) -> UInt16 {
        let s = try slice(at, 2)
        return UInt16(s[s.startIndex]) | UInt16(s[s.startIndex + 1]) << 8
    }

    func le32(_ at: Int) throws(PyError) -> UInt32 {
        let s = try slice(at, 4)
        return s.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }
}

extension Array where Element == UInt8 {
    mutating func le16(_ v: UInt16) { append(UInt8(v & 0xff)); append(UInt8(v >> 8)) }
    mutating func le32(_ v: UInt32) { for i in 0..<4 { append(UInt8((v >> (8 * UInt32(i))) & 0xff)) } }
}
