/// The float element types the generator fills, so generic code (nn.init, dropout) can draw
/// into Float or Double storage alike.
public protocol RandomFloatingPoint: BinaryFloatingPoint, Sendable {
    static func fillUniform(_ buffer: UnsafeMutableBufferPointer<Self>, from: Double, to: Double,
                            generator: Generator)
    static func fillNormal(_ buffer: UnsafeMutableBufferPointer<Self>, mean: Double, std: Double,
                           generator: Generator)
}

extension Float: RandomFloatingPoint {
    public static func fillUniform(_ buffer: UnsafeMutableBufferPointer<Float>, from: Double, to: Double,
                                   generator: Generator) {
        generator.fillUniform(buffer, from: from, to: to)
    }

    public static func fillNormal(_ buffer: UnsafeMutableBufferPointer<Float>, mean: Double, std: Double,
                                  generator: Generator) {
        generator.fillNormal(buffer, mean: mean, std: std)
    }
}

extension Double: RandomFloatingPoint {
    public static func fillUniform(_ buffer: UnsafeMutableBufferPointer<Double>, from: Double, to: Double,
                                   generator: Generator) {
        generator.fillUniform(buffer, from: from, to: to)
    }

    public static func fillNormal(_ buffer: UnsafeMutableBufferPointer<Double>, mean: Double, std: Double,
                                  generator: Generator) {
        generator.fillNormal(buffer, mean: mean, std: std)
    }
}
