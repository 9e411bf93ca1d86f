# Annotations are evaluated when the def runs, after decorators and defaults, in the enclosing scope.
def trace(label):
    print("eval", label)
    return label


@(trace("decorator") and (lambda f: f))
def f(a: trace("a") = trace("default a"), /, b: trace("b") = trace("default b"), *c: trace("c"),
      d: trace("d") = trace("kwdefault d"), **e: trace("e")) -> trace("return"):
    pass


print(f.__annotations__)
print(list(f.__annotations__))


def plain():
    pass


print(plain.__annotations__, plain.__annotations__ is plain.__annotations__)
plain.__annotations__ = {"x": int}
print(plain.__annotations__, plain.__dict__)
try:
    plain.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
del plain.__annotations__
print(plain.__annotations__)
plain.__annotations__ = None
print(plain.__annotations__)
print((lambda: 0).__annotations__)


class K:
    T = float

    def m(self, __private: int, other: T) -> "K":
        pass


print(K.m.__annotations__)
print(K().m.__annotations__["return"])


def local_annotations():
    x: NotDefinedAnywhere = 1
    y: AlsoNotDefined
    return x


print(local_annotations())


async def coro(a: int) -> None:
    pass


print(coro.__annotations__)


def g(x: int, y: Undefined = 3) -> str:
    return str(x)
