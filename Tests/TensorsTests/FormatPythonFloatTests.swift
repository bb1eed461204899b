import Testing
@testable import Tensors

// Expected strings from CPython 3.11: repr(v), format(v, ".4f"), format(v, ".4e").

@Test(arguments: [
    (0.1, "0.1"), (1.0, "1.0"), (-0.0, "-0.0"), (0.0, "0.0"), (1e16, "1e+16"), (1e15, "1000000000000000.0"),
    (0.0001, "0.0001"), (0.00001, "1e-05"), (123456789.125, "123456789.125"), (Double.leastNonzeroMagnitude, "5e-324"),
    (1.7976931348623157e308, "1.7976931348623157e+308"), (0.30000001192092896, "0.30000001192092896"),
    (Double(Float(0.3)), "0.30000001192092896"), (2.5e-7, "2.5e-07"), (-1.5e20, "-1.5e+20"),
    (1234567890123456.7, "1234567890123456.8"), (12345678901234567.0, "1.2345678901234568e+16"),
    (100.0, "100.0"), (.nan, "nan"), (.infinity, "inf"), (-.infinity, "-inf"), (81.0, "81.0"),
])
func pythonRepr(_ value: Double, _ expected: String) {
    #expect(PythonFloat.repr(value) == expected)
}

@Test func pythonFixedAndScientific() {
    #expect(PythonFloat.fixed(0.00015, precision: 4) == "0.0001")  // double 0.00015 is below the tie
    #expect(PythonFloat.fixed(Double(Float(0.00015)), precision: 4) == "0.0002")
    #expect(PythonFloat.fixed(2.5, precision: 0) == "2")
    #expect(PythonFloat.fixed(-0.0, precision: 4) == "-0.0000")
    #expect(PythonFloat.fixed(-.nan, precision: 4) == "nan")
    #expect(PythonFloat.scientific(1e-100, precision: 4) == "1.0000e-100")
    #expect(PythonFloat.scientific(-3.63214, precision: 4) == "-3.6321e+00")
    #expect(PythonFloat.scientific(-.infinity, precision: 4) == "-inf")
    #expect(PythonFloat.fixed(1e300, precision: 2).count == 304)
}
