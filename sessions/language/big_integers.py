# Python ints of any size: overflow past 64 bits promotes, as in CPython.
2 ** 100, 3 ** 200
type(2 ** 100) is int, isinstance(2 ** 100, int), type(9223372036854775807 + 1)
9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2
-2 ** 63, -(-2 ** 63), abs(-2 ** 63), -2 ** 63 // -1, divmod(-2 ** 63, -1)
123456789012345678901234567890 * 98765432109876543210
0xffffffffffffffffffffffffffff, 0o7777777777777777777777777, 0b1 << 80, 1_000_000_000_000_000_000_000
x = 2 ** 63 - 1; x += 1; x
n = 1
for i in range(70):
    n *= 3

n, n.bit_length(), (-n).bit_length(), (2 ** 100 - 1).bit_count()
# Floor division and modulo take the divisor's sign.
divmod(-2 ** 100, 7), divmod(2 ** 100, -7), (-2 ** 100) % 7
(10 ** 40) // (10 ** 20 + 7), (10 ** 40) % (10 ** 20 + 7), divmod(10 ** 40, -(10 ** 20 + 7))
2 ** 100 // 0
2 ** 100 % 0
pow(2 ** 100, 2 ** 100, 10 ** 9 + 7), pow(3, -1, 7), pow(2 ** 100, -1, 2 ** 61 - 1), (2 ** 100) ** -1
# Shifts and two's-complement bitwise operators.
1 << 100, (2 ** 100) >> 90, -2 ** 70 >> 2 ** 70, (-2 ** 100) >> 3
~(2 ** 100), -2 ** 100 & 2 ** 101 - 1, (-2 ** 100) | 5, (-2 ** 100) ^ 2 ** 70, (-2 ** 100) & (-2 ** 70)
1 << 2 ** 70
1 << -1
# Mixed with floats: exact comparisons, correctly rounded conversion and true division.
2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 == 2.0 ** 100, 2 ** 100 + 1 > 2.0 ** 100
2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 1100 > 1e308, 2 ** 1100 < float("inf")
float(2 ** 54 + 3), float(-2 ** 100), 2 ** 100 * 1.5, 2 ** 100 - 0.5
10 ** 30 / 7, (10 ** 40) / (3 * 10 ** 20), 2 ** 1024 / 2 ** 1000, 1 / 2 ** 1100
float(2 ** 1024)
2 ** 1024 + 1.0
2 ** 1100 / 3
int(1e30), round(1e30), int(-2.5e20), (1e30).as_integer_ratio(), (2 ** 64).as_integer_ratio()
round(2 ** 100, -20), round(123456789012345678901234567890, -5), round(15, -1), round(25, -1)
# Hashes follow CPython's modulus 2**61 - 1, so equal ints and floats are the same key.
hash(2 ** 100), hash(-2 ** 100), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61 + 1), hash(1.5), hash(-1.5), hash(1e300)
{2 ** 100: "big"}[2.0 ** 100], len({2 ** 100, 2.0 ** 100, 2 ** 100 + 1})
sorted([2 ** 100, -2 ** 100, 5, 1.5]), max(2 ** 100, 3.0), sum([2 ** 62, 2 ** 62, 2 ** 62])
import sys
# Text: str, repr, bin/hex/oct, int(s, base), format specs and %-formatting.
str(-2 ** 100), repr(2 ** 64), hex(-2 ** 100), oct(2 ** 100), bin(2 ** 70)
int("  -123456789012345678901234567890  "), int("f" * 40, 16), int("0x" + "f" * 40, 0), int("z" * 20, 36)
int("1_000_000_000_000_000_000_000"), int("12" * 20, 3)
"{:,}".format(2 ** 100), "{:_x}".format(2 ** 100), f"{2 ** 100:>40}", f"{2 ** 100:e}", f"{-2 ** 100:+,}", f"{2 ** 70:#x}"
"%d" % 2 ** 100, "%x" % 2 ** 100, "%d" % 1e30, "%-35d|" % -2 ** 100
format(-2 ** 70, "#_b"), format(2 ** 70, "=+40"), format(-255, "#010X"), "%#x" % 2 ** 70
format(2 ** 70, ".3")
format(2 ** 70, "c")
len(str(10 ** 4299)), sys.get_int_max_str_digits()
str(10 ** 5000)
int("1" * 5000)
# math functions of big ints.
import math
math.factorial(30), math.comb(100, 50), math.perm(30, 20), math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 64, 3)
math.isqrt(10 ** 30), math.log(2 ** 2000), math.log2(2 ** 3000), math.log10(10 ** 400), math.floor(1e30), math.ceil(2 ** 100)
math.sqrt(2 ** 2000)
# random draws big ints as CPython does, word by word from the Mersenne Twister.
import random
random.seed(2 ** 100 + 12345); random.random()
random.seed(42); random.getrandbits(100), random.randrange(2 ** 70), random.randint(-2 ** 70, 2 ** 70)
# Sequences refuse indices beyond 64 bits.
[1, 2, 3][2 ** 70]
"ab" * 2 ** 70
[1, 2, 3][:2 ** 70], "abc"[-2 ** 70:]
# range accepts big bounds; only its len() must fit in 64 bits.
r = range(2 ** 70); r, r[-1], 2 ** 69 in r, r[2 ** 69:], isinstance(r, range)
list(range(2 ** 64, 2 ** 64 + 3)), list(reversed(range(2 ** 64, 2 ** 64 + 3))), len(range(2 ** 64, 2 ** 64 + 10, 3))
len(r)
# PyTorch refuses ints beyond 64 bits.
import torch
torch.tensor(2 ** 70)
torch.tensor(2 ** 70, dtype=torch.float64)
torch.tensor([1, 2, 3]) + 2 ** 70
torch.tensor([1, 2, 3])[2 ** 64]
torch.full((2,), 2 ** 70)
torch.tensor(-2 ** 63)
