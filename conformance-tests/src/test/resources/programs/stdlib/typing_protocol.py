# typing.Protocol and runtime_checkable: structural isinstance/issubclass and their errors.
from typing import Protocol, runtime_checkable, Iterable, TypeVar, Generic

T = TypeVar('T')


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class Res:
    def close(self) -> None:
        print('closed')


class Blocked(Res):
    close = None


class HasX(Protocol):
    x: int


@runtime_checkable
class Sized2(Protocol):
    size: int

    def grow(self) -> None: ...


class Box:
    def __init__(self):
        self.size = 3

    def grow(self):
        self.size += 1


print(isinstance(Res(), Closable), isinstance(1, Closable), issubclass(Res, Closable), issubclass(int, Closable))
print(isinstance(Blocked(), Closable), issubclass(Blocked, Closable), isinstance(Box(), Sized2))
for bad in (lambda: isinstance(Res(), HasX), lambda: issubclass(Res, HasX), lambda: Closable(),
            lambda: issubclass(Box, Sized2), lambda: issubclass(1, Closable), lambda: runtime_checkable(Res)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


class Impl(Closable):
    def __init__(self, n):
        self.n = n


print(Impl(3).n, isinstance(Impl(1), Closable), Closable._is_protocol, Impl._is_protocol)


@runtime_checkable
class SupportsGet(Protocol[T]):
    def get(self) -> T: ...


class Getter(Generic[T]):
    def get(self) -> T:
        return 1


print(SupportsGet[int], SupportsGet.__parameters__, isinstance(Getter(), SupportsGet), Getter[str]().get())
try:
    class BadProto(Protocol, Res):
        pass
except TypeError as e:
    print('TypeError:', e)


def close_all(items: Iterable[Closable]) -> int:
    n = 0
    for it in items:
        it.close()
        n += 1
    return n


print(close_all([Res(), Res()]))
