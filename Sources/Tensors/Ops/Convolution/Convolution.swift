/// `F.conv1d` / `F.conv2d` (ConvolutionBackward0): im2col of each image and group, then one
/// gemm with the group's weight matrix; backward runs the transposed products and col2im.
public struct ConvolutionOptions: Sendable {
    public var stride: [Int], dilation: [Int], groups: Int
    /// Zero padding before and after each spatial dimension ('same' may pad one more after).
    public var paddingBefore: [Int], paddingAfter: [Int]

    public init(stride: [Int], paddingBefore: [Int], paddingAfter: [Int], dilation: [Int], groups: Int) {
        self.stride = stride
        self.paddingBefore = paddingBefore
        self.paddingAfter = paddingAfter
        self.dilation = dilation
        self.groups = groups
    }
}

extension Tensor {
    /// input [N, C, L] or [N, C, H, W]; weight [O, C / groups, k...] of the same rank.
    public static func convolution(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?,
                                   _ options: ConvolutionOptions) throws(TensorError) -> Tensor {
        let geometry = try convolutionGeometry(input, weight, bias, options)
        let (n, groups, outChannels) = (input.shape[0], options.groups, weight.shape[0])
        let x = try input.contiguousData(), w = try weight.contiguousData()
        let outShape = [n, outChannels] + (input.dim == 4 ? [geometry.outHeight] : []) + [geometry.outWidth]
        let out = try Tensor(uninitializedOf: outShape, dtype: x.dtype)
        let plan = ConvolutionPlan(geometry: geometry, batch: n, groups: groups, outChannels: outChannels)
        let b = try bias?.contiguousData()
        try plan.forward(x, w, b, out)
        let inputs = [input, weight] + (bias.map { [$0] } ?? [])
        if needsGrad(inputs) {
            out.setHistory("ConvolutionBackward0", inputs, saves: true, saved: [input, weight]) { g, need throws(TensorError) in
                let gc = try g.contiguousData(dtype: x.dtype)
                var grads: [Tensor?] = [need[0] ? try plan.inputGradient(gc, w).view(input.shape) : nil,
                                        need[1] ? try plan.weightGradient(gc, x).view(weight.shape) : nil]
                if need.count > 2 { grads.append(need[2] ? try gc.sum(dims: Array([0] + (2..<gc.dim))) : nil) }
                return grads
            }
        }
        return out
    }

    /// Checks the arguments with PyTorch's messages and returns the per-group geometry.
    private static func convolutionGeometry(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?,
                                            _ o: ConvolutionOptions) throws(TensorError) -> ConvGeometry {
        let s = input.dim - 2
        for (name, v) in [("stride", o.stride), ("padding", o.paddingBefore), ("dilation", o.dilation)] where v.count != weight.dim - 2 {
            throw .runtime("expected \(name) to be a single integer value or a list of \(weight.dim - 2) values to match the convolution dimensions, but got \(name)=\(shapeString(v))")
        }
        guard (s == 1 || s == 2), weight.dim == input.dim, [o.stride, o.paddingBefore, o.paddingAfter, o.dilation].allSatisfy({ $0.count == s }) else {
            throw .runtime("Expected \(weight.dim)-dimensional input for \(weight.dim)-dimensional weight \(shapeString(weight.shape)), but got \(input.dim)-dimensional input of size \(shapeString(input.shape)) instead")
        }
        guard o.groups > 0 else { throw .runtime("non-positive groups is not supported") }
        guard o.stride.allSatisfy({ $0 > 0 }) else { throw .runtime("non-positive stride is not supported") }
        guard o.dilation.allSatisfy({ $0 > 0 }) else { throw .runtime("dilation should be greater than zero") }
        guard o.paddingBefore.allSatisfy({ $0 >= 0 }) else { throw .runtime("negative padding is not supported") }
        guard weight.shape[0] % o.groups == 0 else {
            throw .runtime("Given groups=\(o.groups), expected weight to be divisible by \(o.groups) at dimension 0, but got weight of size [\(shapeString(weight.shape))] instead")
        }
        guard input.shape[1] == weight.shape[1] * o.groups else {
            throw .runtime("Given groups=\(o.groups), weight of size \(shapeString(weight.shape)), expected input\(shapeString(input.shape)) to have \(weight.shape[1] * o.groups) channels, but got \(input.shape[1]) channels instead")
        }
        if let bias, bias.dim != 1 || bias.numel != weight.shape[0] {
            throw .runtime("Given weight of size \(shapeString(weight.shape)), expected bias to be 1-dimensional with \(weight.shape[0]) elements, but got bias of size \(shapeString(bias.shape)) instead")
        }
        if let bias, bias.dtype != input.dtype {
            throw .runtime("Input type (\(input.dtype.cTypeName)) and bias type (\(bias.dtype.cTypeName)) should be the same")
        }
        guard input.dtype == weight.dtype else {
            throw .runtime("expected scalar type \(input.dtype.scalarTypeName) but found \(weight.dtype.scalarTypeName)")
        }
        guard input.dtype.isFloatingPoint else { throw .runtime("\"slow_conv2d_cpu\" not implemented for '\(input.dtype.scalarTypeName)'") }
        let spatial = Array(input.shape.dropFirst(2)), kernel = Array(weight.shape.dropFirst(2))
        var padded: [Int] = [], dilated: [Int] = []
        for d in 0..<s {
            padded.append(try checkedSum([spatial[d], o.paddingBefore[d], o.paddingAfter[d]]))
            dilated.append(try checkedSum([checkedProduct(o.dilation[d], kernel[d] - 1), 1]))
        }
        if (0..<s).contains(where: { padded[$0] < dilated[$0] }) {
            throw .runtime("Calculated padded input size per channel: (\(padded.map(String.init).joined(separator: " x "))). Kernel size: (\(dilated.map(String.init).joined(separator: " x "))). Kernel size can't be greater than actual input size")
        }
        // One-dimensional: a single row.
        func pair(_ v: [Int], _ one: Int) -> (Int, Int) { s == 2 ? (v[0], v[1]) : (one, v[0]) }
        return ConvGeometry(channels: weight.shape[1], height: s == 2 ? spatial[0] : 1, width: spatial[s - 1],
                            kernel: pair(kernel, 1), stride: pair(o.stride, 1), dilation: pair(o.dilation, 1),
                            paddingBefore: pair(o.paddingBefore, 0), paddingAfter: pair(o.paddingAfter, 0))
    }
}

/// The products of one convolution: `geometry` describes one group of one image.
struct ConvolutionPlan {
    let geometry: ConvGeometry
    let batch: Int, groups: Int, outChannels: Int

    var groupOut: Int { outChannels / groups }
    var k: Int { geometry.columnRows }
    var l: Int { geometry.outPlaneSize }
    var imageSize: Int { geometry.channels * groups * geometry.planeSize }

    /// A 2-D [rows, cols] view of contiguous `t` starting at element `offset`.
    private func matrix(_ t: Tensor, _ offset: Int, _ rows: Int, _ cols: Int) -> Tensor {
        t.aliased(shape: [rows, cols], strides: [cols, 1], offset: t.storageOffset + offset)
    }

    private func columns(_ x: Tensor, image: Int, group: Int, into cols: Tensor) {
        let offset = image * imageSize + group * geometry.channels * geometry.planeSize
        if x.dtype == .float32 {
            geometry.im2col(UnsafePointer(x.pointer(Float.self) + offset), cols.pointer(Float.self))
        } else {
            geometry.im2col(UnsafePointer(x.pointer(Double.self) + offset), cols.pointer(Double.self))
        }
    }

    func forward(_ x: Tensor, _ w: Tensor, _ bias: Tensor?, _ out: Tensor) throws(TensorError) {
        let cols = try Tensor(uninitializedOf: [k, l], dtype: x.dtype)
        for n in 0..<batch {
            for g in 0..<groups {
                columns(x, image: n, group: g, into: cols)
                try gemm(matrix(w, g * groupOut * k, groupOut, k), cols, into: matrix(out, (n * outChannels + g * groupOut) * l, groupOut, l), beta: 0)
            }
        }
        guard let bias else { return }
        func add<T: FloatElement>(_: T.Type) {
            let (o, b) = (out.pointer(T.self), bias.pointer(T.self))
            for n in 0..<batch {
                for c in 0..<outChannels {
                    let row = o + (n * outChannels + c) * l
                    for p in 0..<l { row[p] += b[c] }
                }
            }
        }
        if x.dtype == .float32 { add(Float.self) } else { add(Double.self) }
    }

    /// dL/dx: weightᵀ · grad per image and group, folded back by col2im.
    func inputGradient(_ g: Tensor, _ w: Tensor) throws(TensorError) -> Tensor {
        let gx = try Tensor(zerosOf: [batch * imageSize], dtype: g.dtype)
        let cols = try Tensor(uninitializedOf: [k, l], dtype: g.dtype)
        for n in 0..<batch {
            for grp in 0..<groups {
                try gemm(matrix(w, grp * groupOut * k, groupOut, k).t(), matrix(g, (n * outChannels + grp * groupOut) * l, groupOut, l), into: cols, beta: 0)
                let offset = n * imageSize + grp * geometry.channels * geometry.planeSize
                if g.dtype == .float32 {
                    geometry.col2im(UnsafePointer(cols.pointer(Float.self)), gx.pointer(Float.self) + offset)
                } else {
                    geometry.col2im(UnsafePointer(cols.pointer(Double.self)), gx.pointer(Double.self) + offset)
                }
            }
        }
        return gx
    }

    /// dL/dweight: grad · columnsᵀ summed over images.
    func weightGradient(_ g: Tensor, _ x: Tensor) throws(TensorError) -> Tensor {
        let gw = try Tensor(zerosOf: [outChannels * k], dtype: g.dtype)
        let cols = try Tensor(uninitializedOf: [k, l], dtype: g.dtype)
        for n in 0..<batch {
            for grp in 0..<groups {
                columns(x, image: n, group: grp, into: cols)
                try gemm(matrix(g, (n * outChannels + grp * groupOut) * l, groupOut, l), cols.t(),
                         into: matrix(gw, grp * groupOut * k, groupOut, k), beta: 1)
            }
        }
        return gw
    }
}
