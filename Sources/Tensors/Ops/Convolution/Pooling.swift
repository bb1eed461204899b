/// max_pool2d (MaxPool2DWithIndicesBackward0), avg_pool2d (AvgPool2DBackward0) and
/// adaptive_avg_pool2d (AdaptiveAvgPool2DBackward0) over [N, C, H, W] or [C, H, W] inputs.
public struct PoolOptions: Sendable {
    public var kernel: [Int], stride: [Int], padding: [Int], dilation: [Int]
    public var ceilMode: Bool

    public init(kernel: [Int], stride: [Int], padding: [Int], dilation: [Int] = [1, 1], ceilMode: Bool = false) {
        self.kernel = kernel
        self.stride = stride
        self.padding = padding
        self.dilation = dilation
        self.ceilMode = ceilMode
    }

    /// ATen's pooling_output_shape for one dimension.
    func outputSize(_ input: Int, _ d: Int) throws(TensorError) -> Int {
        let (k, s, p, dl) = (kernel[d], stride[d], padding[d], dilation[d])
        let numerator = try checkedSum([input, checkedProduct(2, p), -checkedProduct(dl, k - 1), -1, ceilMode ? s - 1 : 0])
        var out = (numerator >= 0 ? numerator / s : -((-numerator + s - 1) / s)) + 1
        if ceilMode && (out - 1) * s >= input + p { out -= 1 }
        return out
    }
}

extension Tensor {
    /// Returns the output and the flat in-plane index of each maximum.
    public static func maxPool2d(_ input: Tensor, _ o: PoolOptions) throws(TensorError) -> (Tensor, Tensor) {
        let windows = try poolWindows(input, o, name: "max_pool2d", countIncludePad: true, divisorOverride: nil)
        let (x, planes, outShape) = try poolPlanes(input, windows, name: "max_pool2d", integers: true)
        let out = try Tensor(uninitializedOf: outShape, dtype: x.dtype), indices = try Tensor(uninitializedOf: outShape, dtype: .int64)
        let (inPlane, outPlane) = (x.numel / Swift.max(planes, 1), windows.outPlaneSize)
        func run<T: TensorElement>(_: T.Type) {
            for c in 0..<planes {
                windows.max(UnsafePointer(x.pointer(T.self) + c * inPlane), out.pointer(T.self) + c * outPlane, indices.pointer(Int64.self) + c * outPlane)
            }
        }
        switch x.dtype {
        case .float32: run(Float.self)
        case .float64: run(Double.self)
        case .int64: run(Int64.self)
        case .int32: run(Int32.self)
        case .uint8, .bool: run(UInt8.self)
        }
        if needsGrad(input) {
            out.setHistory("MaxPool2DWithIndicesBackward0", [input], saves: true, saved: [input]) { g, _ throws(TensorError) in
                let gc = try g.contiguousData(), gx = try Tensor(zerosOf: input.shape, dtype: g.dtype)
                func scatter<T: FloatElement>(_: T.Type) {
                    let (src, dst, at) = (gc.pointer(T.self), gx.pointer(T.self), indices.pointer(Int64.self))
                    for c in 0..<planes {
                        for p in 0..<outPlane { dst[c * inPlane + Int(at[c * outPlane + p])] += src[c * outPlane + p] }
                    }
                }
                if g.dtype == .float32 { scatter(Float.self) } else { scatter(Double.self) }
                return [gx]
            }
        }
        return (out, indices)
    }

    public static func avgPool2d(_ input: Tensor, _ o: PoolOptions, countIncludePad: Bool = true, divisorOverride: Int? = nil) throws(TensorError) -> Tensor {
        if let d = divisorOverride, d == 0 { throw .runtime("divisor must be not zero") }
        let windows = try poolWindows(input, o, name: "avg_pool2d", countIncludePad: countIncludePad, divisorOverride: divisorOverride)
        return try averagePool(input, windows, "AvgPool2DBackward0")
    }

    /// `output_size` entries of nil keep the input's size.
    public static func adaptiveAvgPool2d(_ input: Tensor, _ outputSize: [Int?]) throws(TensorError) -> Tensor {
        guard input.dim == 3 || input.dim == 4, input.shape.dropFirst(input.dim - 2).allSatisfy({ $0 > 0 }) else {
            throw .runtime("adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got \(shapeString(input.shape))")
        }
        guard outputSize.count == 2 else { throw .runtime("adaptive_avg_pool2d: output_size must be 2") }
        let (h, w) = (input.shape[input.dim - 2], input.shape[input.dim - 1])
        let (oh, ow) = (outputSize[0] ?? h, outputSize[1] ?? w)
        guard oh >= 0 && ow >= 0 else { throw .runtime("adaptive_avg_pool2d: elements of output_size must be greater than or equal to 0 but received {\(oh), \(ow)}") }
        // Window bounds multiply output by input positions.
        guard !oh.multipliedReportingOverflow(by: h).overflow && !ow.multipliedReportingOverflow(by: w).overflow else {
            throw .runtime("adaptive_avg_pool2d: output_size is too large")
        }
        // ATen takes the mean for a 1x1 output (MeanBackward1).
        if oh == 1 && ow == 1 { return try input.mean(dims: [-1, -2], keepdim: true) }
        // Allocated before the windows (an entry per output row and column) are laid out, so an
        // impossible size fails as PyTorch's allocator does.
        _ = try Tensor(uninitializedOf: Array(input.shape.dropLast(2)) + [oh, ow], dtype: input.dtype)
        return try averagePool(input, PoolWindows(height: h, width: w, outHeight: oh, outWidth: ow), "AdaptiveAvgPool2DBackward0")
    }

    /// avg_pool2d also averages integers (truncating, as C++ divides); adaptive pooling does not.
    private static func averagePool(_ input: Tensor, _ windows: PoolWindows, _ name: String) throws(TensorError) -> Tensor {
        let adaptive = name == "AdaptiveAvgPool2DBackward0"
        let (x, planes, outShape) = try poolPlanes(input, windows, name: adaptive ? "adaptive_avg_pool2d" : "avg_pool2d", integers: !adaptive)
        let out = try Tensor(uninitializedOf: outShape, dtype: x.dtype)
        let (inPlane, outPlane) = (x.numel / Swift.max(planes, 1), windows.outPlaneSize)
        func run<T: FloatElement>(_: T.Type) {
            for c in 0..<planes { windows.average(UnsafePointer(x.pointer(T.self) + c * inPlane), out.pointer(T.self) + c * outPlane) }
        }
        func truncated<T: TensorElement>(_: T.Type) {
            for c in 0..<planes { windows.truncatedAverage(UnsafePointer(x.pointer(T.self) + c * inPlane), out.pointer(T.self) + c * outPlane) }
        }
        switch x.dtype {
        case .float32: run(Float.self)
        case .float64: run(Double.self)
        case .int64: truncated(Int64.self)
        case .int32: truncated(Int32.self)
        case .uint8, .bool: truncated(UInt8.self)
        }
        if needsGrad(input) {
            out.setHistory(name, [input], saves: true, saved: [input]) { g, _ throws(TensorError) in
                let gc = try g.contiguousData(), gx = try Tensor(zerosOf: input.shape, dtype: g.dtype)
                func spread<T: FloatElement>(_: T.Type) {
                    for c in 0..<planes {
                        windows.averageBackward(UnsafePointer(gc.pointer(T.self) + c * outPlane), gx.pointer(T.self) + c * inPlane)
                    }
                }
                if g.dtype == .float32 { spread(Float.self) } else { spread(Double.self) }
                return [gx]
            }
        }
        return out
    }

    /// The input as contiguous planes, their count and the output shape.
    private static func poolPlanes(_ input: Tensor, _ windows: PoolWindows, name: String, integers: Bool) throws(TensorError) -> (Tensor, Int, [Int]) {
        guard input.dtype.isFloatingPoint || (integers && input.dtype != .bool) else {
            throw .notImplemented("\"\(name)\" not implemented for '\(input.dtype.scalarTypeName)'")
        }
        let x = try input.contiguousData()
        let planes = input.shape.dropLast(2).reduce(1, *)
        return (x, planes, Array(input.shape.dropLast(2)) + [windows.outHeight, windows.outWidth])
    }

    private static func poolWindows(_ input: Tensor, _ o: PoolOptions, name: String, countIncludePad: Bool,
                                    divisorOverride: Int?) throws(TensorError) -> PoolWindows {
        guard [o.kernel, o.stride, o.padding, o.dilation].allSatisfy({ $0.count == 2 }) else {
            throw .runtime("\(name): kernel_size must either be a single int, or a tuple of two ints")
        }
        guard (input.dim == 3 || input.dim == 4), input.shape.dropFirst(input.dim - 3).allSatisfy({ $0 > 0 }) else {
            throw .runtime("non-empty 3D or 4D (batch mode) tensor expected for input")
        }
        guard o.kernel.allSatisfy({ $0 > 0 }) else { throw .runtime("kernel size should be greater than zero, but got kH: \(o.kernel[0]) kW: \(o.kernel[1])") }
        guard o.stride.allSatisfy({ $0 > 0 }) else { throw .runtime("stride should be greater than zero, but got dH: \(o.stride[0]) dW: \(o.stride[1])") }
        guard o.dilation.allSatisfy({ $0 > 0 }) else { throw .runtime("dilation should be greater than zero, but got dilationH: \(o.dilation[0]) dilationW: \(o.dilation[1])") }
        for d in 0..<2 {
            let half = try checkedSum([checkedProduct(o.dilation[d], o.kernel[d] - 1), 1]) / 2
            guard o.padding[d] < 0 || o.padding[d] > half else { continue }
            throw .runtime("pad should be at most half of effective kernel size, but got pad=\(o.padding[d]), kernel_size=\(o.kernel[d]) and dilation=\(o.dilation[d])")
        }
        let (c, h, w) = (input.shape[input.dim - 3], input.shape[input.dim - 2], input.shape[input.dim - 1])
        let (oh, ow) = (try o.outputSize(h, 0), try o.outputSize(w, 1))
        guard oh > 0 && ow > 0 else {
            throw .runtime("Given input size: (\(c)x\(h)x\(w)). Calculated output size: (\(c)x\(oh)x\(ow)). Output size is too small")
        }
        return PoolWindows(height: h, width: w, kernel: (o.kernel[0], o.kernel[1]), stride: (o.stride[0], o.stride[1]),
                           padding: (o.padding[0], o.padding[1]), dilation: (o.dilation[0], o.dilation[1]),
                           outHeight: oh, outWidth: ow, countIncludePad: countIncludePad, divisorOverride: divisorOverride)
    }
}
