# Instances of builtin subclasses where builtins, % formatting and torch expect the builtin value.
import math
class Count(int): pass
class Name(str): pass
class Temp(float): pass
class MyList(list): pass
"%d|%s|%.1f|%r|%5s" % (Count(3), Name("x"), Temp(2.5), Name("y"), Count(7)), math.sqrt(Count(4)), "{} {:>3}".format(Name("n"), Count(5))
str(Count(3)), repr(Name("q")), Count(3) == 3.0, max(Count(2), 5), sum([Count(1), Count(2)]), int("7") + Count(1), divmod(Count(7), 2)
list(reversed(MyList([1, 2]))), MyList([3, 1]).sort() is None, [x for x in MyList("ab")], dict.fromkeys(MyList("ab")), set(MyList([1, 1]))
" ".join(Name("a b").split()), Name("abc").replace("b", "B"), Name("A").lower() == "a", len(Name("héllo")), Name("ab") in "xaby", "b" in Name("abc")
import torch
torch.tensor(MyList([1.0, 2.0])), torch.tensor([Count(1), 2]), torch.zeros(Count(2))
