import Testing
@testable import Tensors

@Test func addBroadcast() throws {
    let a = try T([1, 2, 3, 4, 5, 6], [2, 3])
    let b = try T([10, 20, 30])
    try check(a.add(b), shape: [2, 3], dtype: .float32, values: [11, 22, 33, 14, 25, 36])
}

@Test func chainRuleLecture() throws {
    let x = try P([1, 2])
    let y = try x.add(.int(2))
    let z = try y.pow(.int(2)).mul(.int(2))
    let l = try z.select(0, 0).add(z.select(0, 1)).div(.int(3))
    try l.backward()
    try check(#require(x.grad), shape: [2], dtype: .float32, values: [4, 5.333333333])
}
