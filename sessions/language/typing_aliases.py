# typing's aliases subscript and print as CPython's (in annotations too).
from typing import Optional, Union, List, Dict, Tuple, Callable, Literal, Any, Type, Sequence
class Vec: pass
Optional[int], Union[int, str], Union[int, None], Union[int, str, None], List[int], Dict[str, List[int]]
Callable[[int, str], float], Tuple[int, ...], Literal["a", 1], Type[Vec], List[Vec], Any, Union[int, int], Sequence[float]
Optional[int] == Union[None, int], Optional[int] == Optional[int], Union[int, Union[str, float]]
def f(x: Optional[List[int]] = None, *, cb: Callable[[int], None]) -> Dict[str, Any]:
    pass
f.__annotations__
