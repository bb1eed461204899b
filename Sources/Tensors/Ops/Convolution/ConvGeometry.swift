/// The shape arithmetic of a 2-D convolution or pooling window over [C, H, W] planes, and the
/// im2col / col2im copies that turn a convolution into one matrix product per image.
/// One-dimensional operations are the same with H = 1.
struct ConvGeometry {
    let channels: Int, height: Int, width: Int
    let kernel: (Int, Int), stride: (Int, Int), dilation: (Int, Int)
    /// Padding before each spatial dimension; `outHeight`/`outWidth` include the padding after.
    let padding: (Int, Int)
    let outHeight: Int, outWidth: Int

    init(channels: Int, height: Int, width: Int, kernel: (Int, Int), stride: (Int, Int), dilation: (Int, Int),
         paddingBefore: (Int, Int), paddingAfter: (Int, Int)) {
        self.channels = channels
        self.height = height
        self.width = width
        self.kernel = kernel
        self.stride = stride
        self.dilation = dilation
        padding = paddingBefore
        outHeight = (height + paddingBefore.0 + paddingAfter.0 - dilation.0 * (kernel.0 - 1) - 1) / stride.0 + 1
        outWidth = (width + paddingBefore.1 + paddingAfter.1 - dilation.1 * (kernel.1 - 1) - 1) / stride.1 + 1
    }

    var planeSize: Int { height * width }
    var outPlaneSize: Int { outHeight * outWidth }
    /// Rows of the column matrix: one per (channel, kernel row, kernel column).
    var columnRows: Int { channels * kernel.0 * kernel.1 }

    /// Calls `body(column row, output position, input offset in the image or -1 in padding)`.
    @inline(__always)
    func forEachTap(_ body: (Int, Int, Int) -> Void) {
        for c in 0..<channels {
            for ki in 0..<kernel.0 {
                for kj in 0..<kernel.1 {
                    let row = (c * kernel.0 + ki) * kernel.1 + kj
                    for oi in 0..<outHeight {
                        let i = oi * stride.0 - padding.0 + ki * dilation.0
                        let rowInside = i >= 0 && i < height
                        for oj in 0..<outWidth {
                            let j = oj * stride.1 - padding.1 + kj * dilation.1
                            let inside = rowInside && j >= 0 && j < width
                            body(row, oi * outWidth + oj, inside ? c * planeSize + i * width + j : -1)
                        }
                    }
                }
            }
        }
    }

    /// columns[columnRows, outPlaneSize] from one image [channels, height, width].
    func im2col<T: TensorElement>(_ image: UnsafePointer<T>, _ columns: UnsafeMutablePointer<T>) {
        let l = outPlaneSize
        forEachTap { row, p, src in columns[row * l + p] = src >= 0 ? image[src] : T.zero }
    }

    /// Adds columns back into one image gradient (the adjoint of im2col).
    func col2im<T: FloatElement>(_ columns: UnsafePointer<T>, _ image: UnsafeMutablePointer<T>) {
        let l = outPlaneSize
        forEachTap { row, p, dst in if dst >= 0 { image[dst] += columns[row * l + p] } }
    }
}

/// Window arithmetic on user-given sizes (padding, stride, dilation) that must not overflow.
func checkedProduct(_ a: Int, _ b: Int) throws(TensorError) -> Int {
    let (r, overflow) = a.multipliedReportingOverflow(by: b)
    if overflow { throw .runtime("integer overflow in the window arithmetic of a convolution or pooling") }
    return r
}

func checkedSum(_ terms: [Int]) throws(TensorError) -> Int {
    var total = 0
    for t in terms {
        let (r, overflow) = total.addingReportingOverflow(t)
        if overflow { throw .runtime("integer overflow in the window arithmetic of a convolution or pooling") }
        total = r
    }
    return total
}
