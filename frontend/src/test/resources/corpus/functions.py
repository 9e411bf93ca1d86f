@decorator
@decorator.attr(arg)
@(lambda f: f)
def f(a, b: int = 1, /, c: "str" = "", *args: tuple, d, e=2, **kwargs: dict) -> None:
    """Docstring."""
    return a

def g(*, only): pass

def h(a, /): pass

@dataclass(frozen=True)
class C(Base, metaclass=Meta, **extra):
    """Class docstring."""
    attr: int = 0

    def method(self):
        return super().method()

    @property
    def prop(self): return self._x

class Empty: ...

class Parens(): pass

def gen():
    yield
    yield 1
    x = yield 2
    yield from other()

async def coro():
    await x
    async for i in aiter():
        pass
    else:
        pass
    async with a as b, c:
        pass
    return [i async for i in aiter() if await i]
