# The argument checks of builtins hold on every call path: a direct call the compiler sees,
# an alias, *args and **kwargs, functools.partial, map(), a bound method of the module, and
# the arguments are evaluated before the check fails.
import functools
import math
import builtins


def show(label, thunk):
    try:
        print(label, "->", thunk())
    except TypeError as e:
        print(label, "-> TypeError:", e)


def arg(x):
    print("  evaluated", x)
    return x


show("direct divmod(1, 2, 3)", lambda: divmod(arg(1), arg(2), arg(3)))
show("direct divmod(1)", lambda: divmod(arg(1)))
show("direct round(1, 2, 3)", lambda: round(1, 2, 3))
show("direct all()", lambda: all())
show("direct getattr(1)", lambda: getattr(1))
show("direct isinstance(1)", lambda: isinstance(1))
show("direct iter()", lambda: iter())
show("direct next(1, 2, 3)", lambda: next(1, 2, 3))
show("direct sorted([1], [2])", lambda: sorted([1], [2]))
show("direct format()", lambda: format())
show("direct range()", lambda: range())
show("direct slice(1, 2, 3, 4)", lambda: slice(1, 2, 3, 4))
show("direct type(1, 2)", lambda: type(1, 2))
show("direct staticmethod()", lambda: staticmethod())
show("direct enumerate()", lambda: enumerate())
show("direct enumerate([1], zz=2)", lambda: enumerate([1], zz=2))
show("direct int(5, zz=3)", lambda: int(5, zz=3))
show("direct float(x=1)", lambda: float(x=1))
show("direct pow(2, zz=3)", lambda: pow(2, zz=3))
show("direct max([1], zz=3)", lambda: max([1], zz=3))
show("direct max([1], key=None, default=0, zz=3)", lambda: max([1], key=None, default=0, zz=3))
show("direct sum([1], 2, zz=3)", lambda: sum([1], 2, zz=3))
show("direct zip([1], zz=1, yy=2)", lambda: zip([1], zz=1, yy=2))
show("direct math.floor(1, 2)", lambda: math.floor(1, 2))
show("direct math.pow(1, 2, 3)", lambda: math.pow(1, 2, 3))
show("direct math.log()", lambda: math.log())
show("direct math.exp(x=1)", lambda: math.exp(x=1))
show("direct math.isclose(1)", lambda: math.isclose(1))
show("direct math.isclose(1, 2, 3)", lambda: math.isclose(1, 2, 3))
show("direct math.isclose(a=1, b=1.0)", lambda: math.isclose(a=1, b=1.0))
show("direct math.isclose(1, a=1)", lambda: math.isclose(1, a=1))
show("direct math.isclose(1, 2, b=1)", lambda: math.isclose(1, 2, b=1))
show("direct math.prod([1], 2)", lambda: math.prod([1], 2))

args = (1, 2, 3)
kwargs = {"zz": 1}
show("star divmod(*args)", lambda: divmod(*args))
show("star hash(*args)", lambda: hash(*args))
show("star enumerate([1], **kwargs)", lambda: enumerate([1], **kwargs))
show("star round(1.5, **kwargs)", lambda: round(1.5, **kwargs))
show("star round(**{'number': 1.5})", lambda: round(**{"number": 1.5}))
show("star sorted([2, 1], **{'reverse': True})", lambda: sorted([2, 1], **{"reverse": True}))
show("star sorted([2, 1], **kwargs)", lambda: sorted([2, 1], **kwargs))
show("star sorted(1, **kwargs)", lambda: sorted(1, **kwargs))
show("star sorted([1], key=None, reverse=False, **kwargs)", lambda: sorted([1], key=None, reverse=False, **kwargs))
show("star [].sort(**kwargs)", lambda: [].sort(**kwargs))
show("star math.atan2(*args)", lambda: math.atan2(*args))

show("partial divmod", lambda: functools.partial(divmod, 1)(2, 3))
show("partial pow", lambda: functools.partial(pow, 2)())
show("partial len", lambda: functools.partial(len)())
show("map divmod", lambda: list(map(divmod, [1, 2], [3, 4], [5, 6])))
show("map divmod ok", lambda: list(map(divmod, [7, 8], [3, 4])))
show("map math.sqrt", lambda: list(map(math.sqrt, [1], [2])))
show("builtins.divmod", lambda: builtins.divmod(1, 2, 3))
show("getattr(math, 'gcd')", lambda: getattr(math, "gcd")(4, 6, zz=1))
text, data = str, bytes
show("str(b'a', 1)", lambda: text(b"a", 1))
show("str(b'a', 'utf-8', 1)", lambda: text(b"a", "utf-8", 1))
show("bytes('a', 1)", lambda: data("a", 1))
show("bytes('a', errors=3)", lambda: data("a", errors=3))
show("enumerate(start=1)", lambda: enumerate(start=1))
show("enumerate('ab', start=1)", lambda: list(enumerate("ab", start=1)))
show("enumerate(iterable='ab', start=1)", lambda: list(enumerate(iterable="ab", start=1)))
show("enumerate('ab', iterable='x')", lambda: list(enumerate("ab", iterable="x")))
show("round(1.5, number=2)", lambda: round(1.5, number=2))
show("round(ndigits=1)", lambda: round(ndigits=1))
show("round(number=2.567, ndigits=1)", lambda: round(number=2.567, ndigits=1))
named = {"vars": vars, "super": super, "enumerate": enumerate, "zip": zip, "map": map,
         "filter": filter, "reversed": reversed, "divmod": divmod, "int": int}
print([n for n, v in named.items() if getattr(builtins, n) is not v])
