// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with
// what the PyTorch expression in its comment printed.
import Testing
@testable import Tensors

// T([0.3, -0.7, 0.9]).tan()
@Test func math000() throws { try check(T([0.3, -0.7, 0.9]).tan(), shape: [3], dtype: .float32, values: [0.30933627486228943, -0.8422883749008179, 1.2601581811904907]) }

// T([0.3, -0.7, 0.9]).asin()
@Test func math001() throws { try check(T([0.3, -0.7, 0.9]).asin(), shape: [3], dtype: .float32, values: [0.30469265580177307, -0.7753974795341492, 1.1197694540023804]) }

// T([0.3, -0.7, 0.9]).acos()
@Test func math002() throws { try check(T([0.3, -0.7, 0.9]).acos(), shape: [3], dtype: .float32, values: [1.2661036252975464, 2.346193790435791, 0.4510268568992615]) }

// T([0.3, -0.7, 0.9]).atan()
@Test func math003() throws { try check(T([0.3, -0.7, 0.9]).atan(), shape: [3], dtype: .float32, values: [0.29145681858062744, -0.6107259392738342, 0.7328150868415833]) }

// T([0.3, -0.7, 0.9]).sinh()
@Test func math004() throws { try check(T([0.3, -0.7, 0.9]).sinh(), shape: [3], dtype: .float32, values: [0.30452030897140503, -0.758583664894104, 1.0265166759490967]) }

// T([0.3, -0.7, 0.9]).cosh()
@Test func math005() throws { try check(T([0.3, -0.7, 0.9]).cosh(), shape: [3], dtype: .float32, values: [1.04533851146698, 1.2551690340042114, 1.4330863952636719]) }

// T([0.3, -0.7, 0.9]).expm1()
@Test func math006() throws { try check(T([0.3, -0.7, 0.9]).expm1(), shape: [3], dtype: .float32, values: [0.349858820438385, -0.5034146904945374, 1.4596030712127686]) }

// T([0.3, -0.7, 0.9]).log2()
@Test func math007() throws { try check(T([0.3, -0.7, 0.9]).log2(), shape: [3], dtype: .float32, values: [-1.736965537071228, .nan, -0.15200312435626984]) }

// T([0.3, -0.7, 0.9]).log10()
@Test func math008() throws { try check(T([0.3, -0.7, 0.9]).log10(), shape: [3], dtype: .float32, values: [-0.5228787064552307, .nan, -0.04575750231742859]) }

// T([0.3, -0.7, 0.9]).exp2()
@Test func math009() throws { try check(T([0.3, -0.7, 0.9]).exp2(), shape: [3], dtype: .float32, values: [1.2311444282531738, 0.6155722141265869, 1.8660659790039062]) }

// T([0.3, -0.7, 0.9]).frac()
@Test func math010() throws { try check(T([0.3, -0.7, 0.9]).frac(), shape: [3], dtype: .float32, values: [0.30000001192092896, -0.699999988079071, 0.8999999761581421]) }

// I([1, 2]).log2()
@Test func math011() throws { try check(I([1, 2]).log2(), shape: [2], dtype: .float32, values: [0.0, 1.0]) }

// T([5.5, -5.5, 7]).fmod(2)
@Test func math012() throws { try check(T([5.5, -5.5, 7]).fmod(.int(2)), shape: [3], dtype: .float32, values: [1.5, -1.5, 1.0]) }

// I([5, -5, 7]).fmod(3)
@Test func math013() throws { try check(I([5, -5, 7]).fmod(.int(3)), shape: [3], dtype: .int64, values: [2, -2, 1]) }

// I([5, -5]).fmod(0)
@Test func math014() { expectError(.runtime, "ZeroDivisionError") { try I([5, -5]).fmod(.int(0)) } }

// T([1, -1, 0]).atan2(T([-1, -1, 1]))
@Test func math015() throws { try check(T([1, -1, 0]).atan2(T([-1, -1, 1])), shape: [3], dtype: .float32, values: [2.356194496154785, -2.356194496154785, 0.0]) }

// I([1, 2]).atan2(I([2, 1]))
@Test func math016() throws { try check(I([1, 2]).atan2(I([2, 1])), shape: [2], dtype: .float32, values: [0.46364760398864746, 1.1071487665176392]) }

