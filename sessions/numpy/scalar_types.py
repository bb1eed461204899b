import numpy as np
x = np.float64(2.0)
isinstance(x, float)
isinstance(np.float32(1), float)
isinstance(np.int64(1), int)
x.is_integer()
x + 1.5
1.5 + x
1.5 * x
x * 1.5
float(x)
type(x).__mro__
round(x)
int(x)
x == 2.0
2.0 == x
max(x, 1.0)
import math
math.sqrt(x)
math.floor(np.float64(2.5))
'%.2f' % x
str(x)
sorted([np.float64(3.0), 1.0, np.float64(2.0)])
type(np.int64(1)).__mro__
isinstance(np.float32(1), np.floating)
isinstance(np.int32(1), np.integer)
isinstance(np.uint8(1), np.signedinteger)
isinstance(np.float64(1), np.number)
