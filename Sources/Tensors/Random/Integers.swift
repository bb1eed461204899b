/// Integer draws: `random_(from, to)` / `torch.randint`, bare `random_()`, and `randperm`,
/// following `random_from_to` and `randperm_cpu` of PyTorch.
extension Generator {
    /// One `random_from_to` value in [low, high): a 64-bit draw when the range needs more than
    /// 32 bits, else a 32-bit one. Returns nil for an empty range (PyTorch raises there).
    @inline(__always)
    public func randomInt(low: Int64, high: Int64) -> Int64? {
        guard low < high else { return nil }
        let range = UInt64(bitPattern: high &- low)
        let v = range >= (1 << 32) ? random64() : UInt64(random())
        return low &+ Int64(bitPattern: v % range)
    }

    /// `random_(low, high)` / `torch.randint(low, high, size)` into int64 storage. Returns
    /// false (drawing nothing) when `low >= high`.
    @discardableResult
    public func fillRandom(_ buffer: UnsafeMutableBufferPointer<Int64>, low: Int64, high: Int64) -> Bool {
        fillRandom(buffer, low: low, high: high) { $0 }
    }

    @discardableResult
    public func fillRandom(_ buffer: UnsafeMutableBufferPointer<Int32>, low: Int64, high: Int64) -> Bool {
        fillRandom(buffer, low: low, high: high) { Int32(truncatingIfNeeded: $0) }
    }

    @discardableResult
    public func fillRandom(_ buffer: UnsafeMutableBufferPointer<Float>, low: Int64, high: Int64) -> Bool {
        fillRandom(buffer, low: low, high: high) { Float($0) }
    }

    @discardableResult
    public func fillRandom(_ buffer: UnsafeMutableBufferPointer<Double>, low: Int64, high: Int64) -> Bool {
        fillRandom(buffer, low: low, high: high) { Double($0) }
    }

    @inline(__always)
    private func fillRandom<T>(_ buffer: UnsafeMutableBufferPointer<T>, low: Int64, high: Int64,
                               convert: (Int64) -> T) -> Bool {
        guard low < high else { return false }
        for i in buffer.indices {
            buffer[i] = convert(randomInt(low: low, high: high) ?? low)
        }
        return true
    }

    /// Bare `random_()`: every value the type holds exactly, from 0 up. int64 takes
    /// `random64() % 2^63`, int32 `random() % 2^31`, float32 `random() % (2^24 + 1)`,
    /// float64 `random64() % (2^53 + 1)`.
    public func fillRandom(_ buffer: UnsafeMutableBufferPointer<Int64>) {
        for i in buffer.indices { buffer[i] = Int64(random64() % (1 << 63)) }
    }

    public func fillRandom(_ buffer: UnsafeMutableBufferPointer<Int32>) {
        for i in buffer.indices { buffer[i] = Int32(random() % (1 << 31)) }
    }

    public func fillRandom(_ buffer: UnsafeMutableBufferPointer<Float>) {
        for i in buffer.indices { buffer[i] = Float(UInt64(random()) % ((1 << 24) + 1)) }
    }

    public func fillRandom(_ buffer: UnsafeMutableBufferPointer<Double>) {
        for i in buffer.indices { buffer[i] = Double(random64() % ((1 << 53) + 1)) }
    }

    /// `torch.empty((), dtype=torch.int64).random_()`: how the DataLoader machinery draws seeds.
    public func randomInt64Seed() -> Int64 { Int64(random64() % (1 << 63)) }

    /// `torch.randperm(n)`. Small n: a forward Fisher–Yates with one 32-bit draw per step;
    /// n ≥ 2^32 / 20: PyTorch's "inside-out" shuffle with 64-bit draws. Negative n gives [].
    public func randperm(_ n: Int) -> [Int64] {
        guard n > 0 else { return [] }
        var result = [Int64](repeating: 0, count: n)
        result.withUnsafeMutableBufferPointer { randperm(into: $0) }
        return result
    }

    /// `randperm(n)` written into caller-owned storage of n elements (so a tensor's storage,
    /// whose allocation can fail gracefully, can be filled without a temporary array).
    public func randperm(into a: UnsafeMutableBufferPointer<Int64>) {
        let n = a.count
        guard n > 0 else { return }
        if n < Int(UInt32.max / 20) {
            for i in 0..<n { a[i] = Int64(i) }
            for i in 0..<(n - 1) {
                let z = Int(random() % UInt32(n - i))
                a.swapAt(i, i + z)
            }
        } else {
            for i in 0..<n {
                let z = Int(random64() % UInt64(i + 1))
                a[i] = a[z]
                a[z] = Int64(i)
            }
        }
    }
}
