/// Positions in a row-major array of a given shape, and the edge slices a summarised print keeps.
struct RowMajor {
    let shape: [Int]
    let strides: [Int]

    /// Nil when the shape has a negative size or does not hold exactly `count` elements.
    init?(shape: [Int], count: Int) {
        var numel = 1
        for size in shape {
            guard size >= 0 else { return nil }
            let (product, overflow) = numel.multipliedReportingOverflow(by: size)
            guard !overflow else { return nil }
            numel = product
        }
        guard numel == count else { return nil }
        self.shape = shape
        var strides = [Int](repeating: 1, count: shape.count)
        for d in stride(from: shape.count - 2, through: 0, by: -1) { strides[d] = strides[d + 1] * shape[d + 1] }
        self.strides = strides
    }

    /// Python's `a[:edge]` then `a[-edge:]` along an axis longer than `2 * edge` (with edge 0,
    /// `a[-0:]` is the whole axis), else the whole axis.
    static func edgeSlices(_ size: Int, edge: Int) -> [Int] {
        guard size > 2 * edge else { return Array(0..<size) }
        return Array(0..<edge) + Array((edge == 0 ? 0 : size - edge)..<size)
    }

    /// Flat indices of the elements left after cutting every axis to its edge slices: what the
    /// element formatter of a summarised print is built over.
    func summarizedIndices(edge: Int) -> [Int] {
        var shown: [Int] = []
        func collect(_ dim: Int, _ offset: Int) {
            guard dim < shape.count else { shown.append(offset); return }
            for i in Self.edgeSlices(shape[dim], edge: edge) { collect(dim + 1, offset + i * strides[dim]) }
        }
        collect(0, 0)
        return shown
    }
}
