import Testing
@testable import Script

// Expected values computed by CPython 3.11.

private func big(_ s: String) -> BigInt {
    let negative = s.hasPrefix("-")
    let v = BigInt(digits: s.drop { $0 == "-" }, radix: 10) ?? .zero
    return negative ? -v : v
}

@Test func factorialAndPowerPrintInDecimal() {
    var f = BigInt.one
    for k in 2...100 { f = f * BigInt(k) }
    #expect(f.toString() == "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000")
    #expect(BigInt(3).power(200).toString() == "265613988875874769338781322035779626829233452653394495974574961739092490901302182994384699044001")
    #expect(big("-123456789012345678901234567890").toString() == "-123456789012345678901234567890")
}

@Test func floorDivisionTakesTheDivisorsSign() {
    let a = -BigInt(7).power(90), b = BigInt(13).power(25)
    let (q, r) = a.floorDivided(by: b) ?? (.zero, .zero)
    #expect(q == big("-1622705819275888793489079810813885212569566452149"))
    #expect(r == big("846358560306556995919423008"))
    let (q2, r2) = a.floorDivided(by: -b) ?? (.zero, .zero)
    #expect(q2 == big("1622705819275888793489079810813885212569566452148"))
    #expect(r2 == big("-6210051454560259670111316685"))
    #expect(a.floorDivided(by: .zero) == nil)
}

@Test func longDivisionCorrectsItsEstimates() {
    let all64 = BigInt.one.shiftedLeft(64) - .one, all128 = BigInt.one.shiftedLeft(128) - .one
    #expect((all128 * all128).toString() == "115792089237316195423570985008687907852589419931798687112530834793049593217025")
    let (q, r) = (BigInt.one.shiftedLeft(192) - .one).floorDivided(by: all128) ?? (.zero, .zero)
    #expect(q == BigInt.one.shiftedLeft(64) && r == all64)
    let n = BigInt.one.shiftedLeft(256) - BigInt.one.shiftedLeft(200) + BigInt(12345)
    let d = BigInt.one.shiftedLeft(128) + BigInt.one.shiftedLeft(64) + .one
    let (q3, r3) = n.floorDivided(by: d) ?? (.zero, .zero)
    #expect(q3 == big("340282366920938458722561380488413446400"))
    #expect(r3 == big("18446744073709563705"))
}

@Test func hashesFollowCPython() {
    #expect(BigInt.one.shiftedLeft(100).pythonHash == 549755813888)
    #expect((-BigInt(3).power(200)).pythonHash == -424410663027747676)
    #expect(pythonHash(1.5) == 1152921504606846977)
    #expect(pythonHash(-2.75) == -1729382256910270466)
    #expect(pythonHash(1e300) == 1224995262755759164)
    #expect(pythonHash(-1) == -2)
    #expect(pythonHash((1 << 61) - 1) == 0)
}

@Test func conversionToDoubleRoundsOnce() {
    #expect((BigInt.one.shiftedLeft(64) + .one).doubleValue == 1.8446744073709552e+19)
    let tie = BigInt.one.shiftedLeft(200) + BigInt.one.shiftedLeft(147)
    #expect(tie.doubleValue == 1.6069380442589903e+60)
    #expect((tie + .one).doubleValue == 1.6069380442589906e+60)
    #expect(BigInt.one.shiftedLeft(1024).doubleValue.isInfinite)
    #expect(BigInt(exactly: 1e30)?.toString() == "1000000000000000019884624838656")
    #expect(BigInt(exactly: 0.5) == nil)
}

@Test func bitwiseOperatorsUseTwosComplement() {
    let x = BigInt(3).power(100), y = BigInt(5).power(50)
    #expect((-x).toString(radix: 16) == "-5a4653ca673768565b41f775d6947d55cf3813d1")
    #expect(x.shiftedRight(37).toString() == "3749864996149054284880266130244281322")
    #expect((-x).shiftedRight(37).toString() == "-3749864996149054284880266130244281323")
    #expect(((-x) & (BigInt.one.shiftedLeft(130) - .one)).toString() == "543366557736347535827360987992772045871")
    #expect((x ^ -y).toString() == "-515377520731923285275560610650884719747925507722")
    #expect(((-x) | y).toString() == "-515377520731922899235025863946636050958292882049")
    #expect((~x) == -x - .one)
}

@Test func parsingAndIntConversion() {
    #expect(BigInt(digits: "123456789abcdefABCDEF", radix: 16)?.toString() == "1375488932539311409843695")
    #expect(BigInt(digits: "12x", radix: 10) == nil)
    #expect(BigInt(digits: "", radix: 10) == nil)
    #expect(BigInt(Int.min).asInt == Int.min)
    #expect((-BigInt(Int.min)).asInt == nil)
    #expect(BigInt(UInt64.max).asInt == nil)
    if case .int(let i) = Value.integer(BigInt(42)) { #expect(i == 42) } else { Issue.record("not normalised") }
}

@Test func interpreterPromotesOverflowingInts() throws {
    let interp = Interpreter()
    let r = try interp.evaluate("(2**64 - 1, -(-2**63), 9223372036854775807 + 1, 10**30 / 7, 2**100 // 2**99, int('9' * 30) % 97)")
    #expect(try interp.repr(r) == "(18446744073709551615, 9223372036854775808, 9223372036854775808, 1.4285714285714285e+29, 2, 84)")
}

@Test func twosComplementBytesRoundTrip() {
    // (-129).to_bytes(2, 'little', signed=True) == b'\x7f\xff'; 2**63 needs a ninth, zero byte.
    #expect(BigInt(-129).twosComplementBytes == [0x7f, 0xff])
    #expect(BigInt(255).twosComplementBytes == [0xff, 0x00])
    #expect(BigInt.one.shiftedLeft(63).twosComplementBytes == [0, 0, 0, 0, 0, 0, 0, 0x80, 0])
    for x in [BigInt(3).power(100), -BigInt(3).power(100), BigInt(-1), BigInt.zero, -BigInt.one.shiftedLeft(64)] {
        #expect(BigInt(twosComplementBytes: x.twosComplementBytes) == x)
    }
}

@Test func trueDivisionRoundsOnceIncludingSubnormals() throws {
    let interp = Interpreter()
    let r = try interp.evaluate("(3 / 2**1076, 10**30 / (7 * 2**1100), 2**64 / (3 * 2**1130), 2**80 / (3 * 2**1100), 10**40 / (3 * 10**20))")
    #expect(try interp.repr(r) == "(5e-324, 1.0517359755746946e-302, 4.2e-322, 2.9667651446762683e-308, 3.333333333333333e+19)")
}
