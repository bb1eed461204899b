// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with
// what the PyTorch expression in its comment printed.
import Testing
@testable import Tensors

// T([1,2,3]).add(T([10,20,30]))
@Test func arith000() throws { try check(T([1,2,3]).add(T([10,20,30])), shape: [3], dtype: .float32, values: [11.0, 22.0, 33.0]) }

// T([1,2,3]).add(T([4,5,6,7]))
@Test func arith001() { expectError(.runtime, "The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0") { try T([1,2,3]).add(T([4,5,6,7])) } }

// T([1,2,3,4,5,6],[2,3]) + T([1,2],[2,1])
@Test func arith002() throws { try check(T([1,2,3,4,5,6],[2,3]).add(T([1,2],[2,1])), shape: [2, 3], dtype: .float32, values: [2.0, 3.0, 4.0, 6.0, 7.0, 8.0]) }

// T([1,2,3,4,5,6],[2,3]) * T([3,2],[2,1])
@Test func arith003() throws { try check(T([1,2,3,4,5,6],[2,3]).mul(T([3,2],[2,1])), shape: [2, 3], dtype: .float32, values: [3.0, 6.0, 9.0, 8.0, 10.0, 12.0]) }

// I([1,2,3]) + 2.5
@Test func arith004() throws { try check(I([1,2,3]).add(.double(2.5)), shape: [3], dtype: .float32, values: [3.5, 4.5, 5.5]) }

// I([1,2,3]) + 2
@Test func arith005() throws { try check(I([1,2,3]).add(.int(2)), shape: [3], dtype: .int64, values: [3, 4, 5]) }

// I([1,2,3]) / 2
@Test func arith006() throws { try check(I([1,2,3]).div(.int(2)), shape: [3], dtype: .float32, values: [0.5, 1.0, 1.5]) }

// I([1,2,3]) / I([2,2,2])
@Test func arith007() throws { try check(I([1,2,3]).div(I([2,2,2])), shape: [3], dtype: .float32, values: [0.5, 1.0, 1.5]) }

// I([5,-5]) // 3
@Test func arith008() throws { try check(I([5,-5]).floorDivide(.int(3)), shape: [2], dtype: .int64, values: [1, -2]) }

// I([5,-5]) % 3
@Test func arith009() throws { try check(I([5,-5]).remainder(.int(3)), shape: [2], dtype: .int64, values: [2, 1]) }

// T([5.,-5, 7.5]) % 3
@Test func arith010() throws { try check(T([5,-5,7.5]).remainder(.int(3)), shape: [3], dtype: .float32, values: [2.0, 1.0, 1.5]) }

// T([5.,-5, 7.5]) // -2
@Test func arith011() throws { try check(T([5,-5,7.5]).floorDivide(.int(-2)), shape: [3], dtype: .float32, values: [-3.0, 2.0, -4.0]) }

// I([1,2]) // 0
@Test func arith012() { expectError(.runtime, "ZeroDivisionError") { try I([1,2]).floorDivide(.int(0)) } }

// T([1.,-2]) // 0
@Test func arith013() throws { try check(T([1,-2]).floorDivide(.int(0)), shape: [2], dtype: .float32, values: [.infinity, -.infinity]) }

// I([1,2],dtype=torch.uint8) - 5
@Test func arith014() throws { try check(I([1,2],nil,.uint8).sub(.int(5)), shape: [2], dtype: .uint8, values: [252, 253]) }

// I([1,2],dtype=torch.uint8) + I([300])
@Test func arith015() throws { try check(I([1,2],nil,.uint8).add(I([300])), shape: [2], dtype: .int64, values: [301, 302]) }

// I([1,2],dtype=torch.int32) + I(5,[])
@Test func arith016() throws { try check(I([1,2],nil,.int32).add(I([5],[])), shape: [2], dtype: .int32, values: [6, 7]) }

// I([1,2],dtype=torch.int32) + T([5],[])
@Test func arith017() throws { try check(I([1,2],nil,.int32).add(T([5],[])), shape: [2], dtype: .float32, values: [6.0, 7.0]) }

// T([1,2]) + T([5],[],torch.float64)
@Test func arith018() throws { try check(T([1,2]).add(T([5],[],.float64)), shape: [2], dtype: .float32, values: [6.0, 7.0]) }

// T([1,2]) + T([5],[1],torch.float64)
@Test func arith019() throws { try check(T([1,2]).add(T([5],[1],.float64)), shape: [2], dtype: .float64, values: [6.0, 7.0]) }

// T([1,2],None,torch.float64) * 0.1
@Test func arith020() throws { try check(T([1,2],nil,.float64).mul(.double(0.1)), shape: [2], dtype: .float64, values: [0.1, 0.2]) }

// B([True,False]) + B([True,True])
@Test func arith021() throws { try check(B([true,false]).add(B([true,true])), shape: [2], dtype: .bool, values: [1, 1]) }

// B([True,False]) * B([True,True])
@Test func arith022() throws { try check(B([true,false]).mul(B([true,true])), shape: [2], dtype: .bool, values: [1, 0]) }

// B([True,False]) - B([True,True])
@Test func arith023() { expectError(.notImplemented, "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.") { try B([true,false]).sub(B([true,true])) } }

// B([True,False]) + 1
@Test func arith024() throws { try check(B([true,false]).add(.int(1)), shape: [2], dtype: .int64, values: [2, 1]) }

// B([True,False]) + 1.5
@Test func arith025() throws { try check(B([true,false]).add(.double(1.5)), shape: [2], dtype: .float32, values: [2.5, 1.5]) }

// B([True,False]) / 2
@Test func arith026() throws { try check(B([true,false]).div(.int(2)), shape: [2], dtype: .float32, values: [0.5, 0.0]) }

// B([True,False]) + True
@Test func arith027() throws { try check(B([true,false]).add(.bool(true)), shape: [2], dtype: .bool, values: [1, 1]) }

// T([1,2]).add(T([3,4]), alpha=2)
@Test func arith028() throws { try check(T([1,2]).add(T([3,4]), alpha: .int(2)), shape: [2], dtype: .float32, values: [7.0, 10.0]) }

// T([1,2]).sub(T([3,4]), alpha=0.5)
@Test func arith029() throws { try check(T([1,2]).sub(T([3,4]), alpha: .double(0.5)), shape: [2], dtype: .float32, values: [-0.5, 0.0]) }

// I([1,2]).add(I([3,4]), alpha=0.5)
@Test func arith030() { expectError(.runtime, "For integral input tensors, argument alpha must not be a floating point number.") { try I([1,2]).add(I([3,4]), alpha: .double(0.5)) } }

// 2 - T([1,5])
@Test func arith031() throws { try check(T([1,5]).rsub(.int(2)), shape: [2], dtype: .float32, values: [1.0, -3.0]) }

// 1 / T([2,4])
@Test func arith032() throws { try check(T([2,4]).rdiv(.int(1)), shape: [2], dtype: .float32, values: [0.5, 0.25]) }

// 1 / I([2,4])
@Test func arith033() throws { try check(I([2,4]).rdiv(.int(1)), shape: [2], dtype: .float32, values: [0.5, 0.25]) }

// T([1,2,3]) ** 2
@Test func arith034() throws { try check(T([1,2,3]).pow(.int(2)), shape: [3], dtype: .float32, values: [1.0, 4.0, 9.0]) }

// T([1,2,3]) ** 0.5
@Test func arith035() throws { try check(T([1,2,3]).pow(.double(0.5)), shape: [3], dtype: .float32, values: [1.0, 1.4142135381698608, 1.7320507764816284]) }

// T([1,2,3]) ** 2.7
@Test func arith036() throws { try check(T([1,2,3]).pow(.double(2.7)), shape: [3], dtype: .float32, values: [1.0, 6.498019218444824, 19.419023513793945]) }

// T([1,2,3]) ** -1
@Test func arith037() throws { try check(T([1,2,3]).pow(.int(-1)), shape: [3], dtype: .float32, values: [1.0, 0.5, 0.3333333432674408]) }

// I([1,2,3]) ** 2
@Test func arith038() throws { try check(I([1,2,3]).pow(.int(2)), shape: [3], dtype: .int64, values: [1, 4, 9]) }

// I([1,2,3]) ** 2.0
@Test func arith039() throws { try check(I([1,2,3]).pow(.double(2)), shape: [3], dtype: .float32, values: [1.0, 4.0, 9.0]) }

// I([1,2]) ** -1
@Test func arith040() { expectError(.runtime, "Integers to negative integer powers are not allowed.") { try I([1,2]).pow(.int(-1)) } }

// 2 ** I([1,2,3])
@Test func arith041() throws { try check(I([1,2,3]).rpow(.int(2)), shape: [3], dtype: .int64, values: [2, 4, 8]) }

// 2 ** T([1,2,3])
@Test func arith042() throws { try check(T([1,2,3]).rpow(.int(2)), shape: [3], dtype: .float32, values: [2.0, 4.0, 8.0]) }

// T([1,2,3]) ** T([2,0.5,1])
@Test func arith043() throws { try check(T([1,2,3]).pow(T([2,0.5,1])), shape: [3], dtype: .float32, values: [1.0, 1.4142135381698608, 3.0]) }

// torch.maximum(T([1,5,float('nan')]), T([3,2,1]))
@Test func arith044() throws { try check(T([1,5,.nan]).maximum(T([3,2,1])), shape: [3], dtype: .float32, values: [3.0, 5.0, .nan]) }

// torch.minimum(T([1,5,3]), T([3,2,1]))
@Test func arith045() throws { try check(T([1,5,3]).minimum(T([3,2,1])), shape: [3], dtype: .float32, values: [1.0, 2.0, 1.0]) }

// torch.maximum(I([1,5]), T([3.5,2]))
@Test func arith046() throws { try check(I([1,5]).maximum(T([3.5,2])), shape: [2], dtype: .float32, values: [3.5, 5.0]) }

// T([1,2,3]) == 2
@Test func arith047() throws { try check(T([1,2,3]).eq(.int(2)), shape: [3], dtype: .bool, values: [0, 1, 0]) }

// I([1,2,3]) == 2.0
@Test func arith048() throws { try check(I([1,2,3]).eq(.double(2)), shape: [3], dtype: .bool, values: [0, 1, 0]) }

// T([1,2,3]) < T([3,2,1])
@Test func arith049() throws { try check(T([1,2,3]).lt(T([3,2,1])), shape: [3], dtype: .bool, values: [1, 0, 0]) }

// T([1,2,3]) <= T([3,2,1])
@Test func arith050() throws { try check(T([1,2,3]).le(T([3,2,1])), shape: [3], dtype: .bool, values: [1, 1, 0]) }

// T([1,2,3]) > 1.5
@Test func arith051() throws { try check(T([1,2,3]).gt(.double(1.5)), shape: [3], dtype: .bool, values: [0, 1, 1]) }

// T([1,2,3]) >= I([2])
@Test func arith052() throws { try check(T([1,2,3]).ge(I([2])), shape: [3], dtype: .bool, values: [0, 1, 1]) }

// T([1,float('nan')]) != T([1,float('nan')])
@Test func arith053() throws { try check(T([1,.nan]).ne(T([1,.nan])), shape: [2], dtype: .bool, values: [0, 1]) }

// I([1,0,3]).logical_and(T([1,1,0]))
@Test func arith054() throws { try check(I([1,0,3]).logicalAnd(T([1,1,0])), shape: [3], dtype: .bool, values: [1, 0, 0]) }

// I([1,0,3]).logical_or(T([0,0,0]))
@Test func arith055() throws { try check(I([1,0,3]).logicalOr(T([0,0,0])), shape: [3], dtype: .bool, values: [1, 0, 1]) }

// B([True,False]).logical_xor(B([True,True]))
@Test func arith056() throws { try check(B([true,false]).logicalXor(B([true,true])), shape: [2], dtype: .bool, values: [0, 1]) }

// T([0,2]).logical_not()
@Test func arith057() throws { try check(T([0,2]).logicalNot(), shape: [2], dtype: .bool, values: [1, 0]) }

// I([6,5]) & 3
@Test func arith058() throws { try check(I([6,5]).bitwiseAnd(.int(3)), shape: [2], dtype: .int64, values: [2, 1]) }

// I([6,5]) | 3
@Test func arith059() throws { try check(I([6,5]).bitwiseOr(.int(3)), shape: [2], dtype: .int64, values: [7, 7]) }

// I([6,5]) ^ 3
@Test func arith060() throws { try check(I([6,5]).bitwiseXor(.int(3)), shape: [2], dtype: .int64, values: [5, 6]) }

// B([True,False]) & B([True,True])
@Test func arith061() throws { try check(B([true,false]).bitwiseAnd(B([true,true])), shape: [2], dtype: .bool, values: [1, 0]) }

// T([1.]) & 1
@Test func arith062() { expectError(.notImplemented, "\"bitwise_and_cpu\" not implemented for 'Float'") { try T([1]).bitwiseAnd(.int(1)) } }

// ~I([1,-3])
@Test func arith063() throws { try check(I([1,-3]).bitwiseNot(), shape: [2], dtype: .int64, values: [-2, 2]) }

// ~B([True,False])
@Test func arith064() throws { try check(B([true,false]).bitwiseNot(), shape: [2], dtype: .bool, values: [0, 1]) }

// ~T([1.])
@Test func arith065() { expectError(.type, "~ (operator.invert) is only implemented on integer and Boolean-type tensors") { try T([1]).bitwiseNot() } }

// -T([1,0,-2])
@Test func arith066() throws { try check(T([1,0,-2]).neg(), shape: [3], dtype: .float32, values: [-1.0, -0.0, 2.0]) }

// -B([True])
@Test func arith067() { expectError(.notImplemented, "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.") { try B([true]).neg() } }

// -I([1,-2])
@Test func arith068() throws { try check(I([1,-2]).neg(), shape: [2], dtype: .int64, values: [-1, 2]) }

// T([0.5,1,2]).exp()
@Test func arith069() throws { try check(T([0.5,1,2]).exp(), shape: [3], dtype: .float32, values: [1.6487212181091309, 2.7182817459106445, 7.389056205749512]) }

// T([0.5,1,2]).log()
@Test func arith070() throws { try check(T([0.5,1,2]).log(), shape: [3], dtype: .float32, values: [-0.6931471824645996, 0.0, 0.6931471824645996]) }

// T([0.5,1,2]).log1p()
@Test func arith071() throws { try check(T([0.5,1,2]).log1p(), shape: [3], dtype: .float32, values: [0.40546509623527527, 0.6931471824645996, 1.0986123085021973]) }

// T([0.5,1,2]).sqrt()
@Test func arith072() throws { try check(T([0.5,1,2]).sqrt(), shape: [3], dtype: .float32, values: [0.7071067690849304, 1.0, 1.4142135381698608]) }

// T([0.5,1,2]).rsqrt()
@Test func arith073() throws { try check(T([0.5,1,2]).rsqrt(), shape: [3], dtype: .float32, values: [1.4142135381698608, 1.0, 0.7071067690849304]) }

// T([0.5,1,2]).sin()
@Test func arith074() throws { try check(T([0.5,1,2]).sin(), shape: [3], dtype: .float32, values: [0.4794255495071411, 0.8414709568023682, 0.9092974066734314]) }

// T([0.5,1,2]).cos()
@Test func arith075() throws { try check(T([0.5,1,2]).cos(), shape: [3], dtype: .float32, values: [0.8775825500488281, 0.5403023362159729, -0.416146844625473]) }

// T([-0.5,1,2]).tanh()
@Test func arith076() throws { try check(T([-0.5,1,2]).tanh(), shape: [3], dtype: .float32, values: [-0.46211716532707214, 0.7615941762924194, 0.9640275835990906]) }

// T([-0.5,1,2,-100]).sigmoid()
@Test func arith077() throws { try check(T([-0.5,1,2,-100]).sigmoid(), shape: [4], dtype: .float32, values: [0.3775406777858734, 0.7310585975646973, 0.8807970285415649, 0.0]) }

// I([1,2]).sigmoid()
@Test func arith078() throws { try check(I([1,2]).sigmoid(), shape: [2], dtype: .float32, values: [0.7310585975646973, 0.8807970285415649]) }

// I([1,2]).exp()
@Test func arith079() throws { try check(I([1,2]).exp(), shape: [2], dtype: .float32, values: [2.7182817459106445, 7.389056205749512]) }

// T([-0.5,0,2]).relu()
@Test func arith080() throws { try check(T([-0.5,0,2]).relu(), shape: [3], dtype: .float32, values: [0.0, 0.0, 2.0]) }

// I([-1,2]).relu()
@Test func arith081() throws { try check(I([-1,2]).relu(), shape: [2], dtype: .int64, values: [0, 2]) }

// B([True]).relu()
@Test func arith082() { expectError(.notImplemented, "Boolean inputs not supported for relu") { try B([true]).relu() } }

// T([-0.5,0,2]).sign()
@Test func arith083() throws { try check(T([-0.5,0,2]).sign(), shape: [3], dtype: .float32, values: [-1.0, 0.0, 1.0]) }

// I([-3,0,2]).sign()
@Test func arith084() throws { try check(I([-3,0,2]).sign(), shape: [3], dtype: .int64, values: [-1, 0, 1]) }

// I([-3,4]).abs()
@Test func arith085() throws { try check(I([-3,4]).abs(), shape: [2], dtype: .int64, values: [3, 4]) }

// T([-1.5,0.5,1.5,2.5,-0.5]).round()
@Test func arith086() throws { try check(T([-1.5,0.5,1.5,2.5,-0.5]).round(), shape: [5], dtype: .float32, values: [-2.0, 0.0, 2.0, 2.0, -0.0]) }

// T([-1.5,0.5,1.7]).floor()
@Test func arith087() throws { try check(T([-1.5,0.5,1.7]).floor(), shape: [3], dtype: .float32, values: [-2.0, 0.0, 1.0]) }

// T([-1.5,0.5,1.7]).ceil()
@Test func arith088() throws { try check(T([-1.5,0.5,1.7]).ceil(), shape: [3], dtype: .float32, values: [-1.0, 1.0, 2.0]) }

// T([-1.5,0.5,1.7]).trunc()
@Test func arith089() throws { try check(T([-1.5,0.5,1.7]).trunc(), shape: [3], dtype: .float32, values: [-1.0, 0.0, 1.0]) }

// T([2,4]).reciprocal()
@Test func arith090() throws { try check(T([2,4]).reciprocal(), shape: [2], dtype: .float32, values: [0.5, 0.25]) }

// I([2,4]).reciprocal()
@Test func arith091() throws { try check(I([2,4]).reciprocal(), shape: [2], dtype: .float32, values: [0.5, 0.25]) }

// I([2,4]).square()
@Test func arith092() throws { try check(I([2,4]).square(), shape: [2], dtype: .int64, values: [4, 16]) }

// B([True]).square()
@Test func arith093() throws { try check(B([true]).square(), shape: [1], dtype: .int64, values: [1]) }

// T([1,-2,5]).clamp(0,3)
@Test func arith094() throws { try check(T([1,-2,5]).clamp(min: .int(0), max: .int(3)), shape: [3], dtype: .float32, values: [1.0, 0.0, 3.0]) }

// T([1,-2,5]).clamp(min=0.5)
@Test func arith095() throws { try check(T([1,-2,5]).clamp(min: .double(0.5)), shape: [3], dtype: .float32, values: [1.0, 0.5, 5.0]) }

// I([1,-2]).clamp(0.5)
@Test func arith096() throws { try check(I([1,-2]).clamp(min: .double(0.5)), shape: [2], dtype: .float32, values: [1.0, 0.5]) }

// I([1,-2]).clamp(0)
@Test func arith097() throws { try check(I([1,-2]).clamp(min: .int(0)), shape: [2], dtype: .int64, values: [1, 0]) }

// T([1,-2,5]).clamp(max=0)
@Test func arith098() throws { try check(T([1,-2,5]).clamp(max: .int(0)), shape: [3], dtype: .float32, values: [0.0, -2.0, 0.0]) }

// T([1]).clamp()
@Test func arith099() { expectError(.runtime, "torch.clamp: At least one of 'min' or 'max' must not be None") { try T([1]).clamp() } }

// T([1,float('nan')]).isnan()
@Test func arith100() throws { try check(T([1,.nan]).isnan(), shape: [2], dtype: .bool, values: [0, 1]) }

// T([1,2]).div(T([3,3]), rounding_mode='floor')
@Test func arith101() throws { try check(T([1,2]).div(T([3,3]), roundingMode: "floor"), shape: [2], dtype: .float32, values: [0.0, 0.0]) }

// I([-7,7]).div(I([2,2]), rounding_mode='trunc')
@Test func arith102() throws { try check(I([-7,7]).div(I([2,2]), roundingMode: "trunc"), shape: [2], dtype: .int64, values: [-3, 3]) }

// I([-7,7]).div(I([2,2]), rounding_mode='floor')
@Test func arith103() throws { try check(I([-7,7]).div(I([2,2]), roundingMode: "floor"), shape: [2], dtype: .int64, values: [-4, 3]) }

// torch.where(B([True,False,True]), T([1,2,3]), T([9]))
@Test func arith104() throws { try check(Tensor.where(B([true,false,true]), T([1,2,3]), T([9])), shape: [3], dtype: .float32, values: [1.0, 9.0, 3.0]) }

// torch.where(B([True,False]), I([1,2]), 2.5)
@Test func arith105() throws { try check(Tensor.where(B([true,false]), I([1,2]), .double(2.5)), shape: [2], dtype: .float32, values: [1.0, 2.5]) }

// torch.where(I([1,0,1]), T([1]), T([2]))
@Test func arith106() { expectError(.runtime, "where expected condition to be a boolean tensor, but got a tensor with dtype Long") { try Tensor.where(I([1,0,1]), T([1]), T([2])) } }

// T([1,2,3,4],[2,2]).masked_fill(B([True,False]), 0)
@Test func arith107() throws { try check(T([1,2,3,4],[2,2]).maskedFill(B([true,false]), .int(0)), shape: [2, 2], dtype: .float32, values: [0.0, 2.0, 0.0, 4.0]) }

// T([1,2]).masked_fill(I([1,0]), 0)
@Test func arith108() { expectError(.runtime, "masked_fill_ only supports boolean masks, but got mask with dtype long int") { try T([1,2]).maskedFill(I([1,0]), .int(0)) } }

