# typing's aliases subscript and print as CPython's (in annotations too).
from typing import Optional, Union, List, Dict, Tuple, Callable, Literal, Any, Type, Sequence
class Vec: pass
Optional[int], Union[int, str], Union[int, None], Union[int, str, None], List[int], Dict[str, List[int]]
Callable[[int, str], float], Tuple[int, ...], Literal["a", 1], Type[Vec], List[Vec], Any, Union[int, int], Sequence[float]
Optional[int] == Union[None, int], Optional[int] == Optional[int], Union[int, Union[str, float]]
def f(x: Optional[List[int]] = None, *, cb: Callable[[int], None]) -> Dict[str, Any]:
    pass
f.__annotations__
x = list[int]
x, dict[str, list[float]], tuple[int, ...], type[int], set[str], x.__origin__, x.__args__, x == list[int], list[int]((1, 2))
def f(a: list[int], b: dict[str, "Vec"] | None = None) -> tuple[int, str]:
    pass
f.__annotations__["a"], f.__annotations__["return"]
def f(x: int | None = None, y: "Fwd" = 1) -> "list[Fwd]":
    return x
f(3), int | None, f.__annotations__
isinstance(3, int | str), isinstance(None, int | None), isinstance("a", int | float), int | str | None, list[int] | None, (int | None).__args__, int | int
