# typing's aliases and special forms: reprs, Union/Optional normalisation, get_origin/get_args.
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Literal,
                    Final, ClassVar, Annotated, NoReturn, Never, Self, LiteralString, TypeAlias,
                    TypeGuard, AnyStr, Text, DefaultDict, Deque, Counter, OrderedDict, AbstractSet,
                    Hashable, Sized, get_origin, get_args, ForwardRef, SupportsInt)
import typing

print(Optional[int], Union[int, None], Union[None, int], Union[int, str, None], Optional[Union[int, str]])
print(List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Mapping, Sequence, Generator)
print(List[int], Dict[str, int], Set[str], FrozenSet[int], Tuple[int, str], Tuple[int, ...], Tuple[()], Type[int])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int], Mapping[str, int], MutableMapping[str, list[int]])
print(Literal[1, 'a', None], Final[int], ClassVar[int], Annotated[int, 'meta', 3], Annotated[Annotated[int, 1], 2])
print(Any, NoReturn, Never, Self, LiteralString, TypeAlias, TypeGuard[int], AnyStr, Text)
print(DefaultDict[str, int], Deque[int], Counter[str], OrderedDict[str, int], AbstractSet[int], Hashable, Sized)
print(Union[int], Union[int, int], Union[int, Union[str, float]], Union[int, 3], Optional[None])
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str), hash(Union[int, str]) == hash(Union[str, int]))
print(List[int] == List[int], List[int] is List[int], List[int] == list[int], Literal[1, 2] == Literal[2, 1], Literal[True])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
print(get_origin(int | str), get_args(int | str), get_origin(list[int]), get_args(Callable[[int], str]))
print(get_origin(Annotated[int, 'x']), get_args(Annotated[int, 'x']), get_origin(int), get_args(int))
print(get_origin(Literal[1, 2]), get_args(Literal[1, 2]), get_origin(typing.Generic), get_origin(Tuple[int]))
print(Dict[str, int].__origin__, List[int].__args__, List.__origin__, Callable[[int], str].__args__)
print(List['int'], Optional['Node'], ForwardRef('Node'), ForwardRef('a.b') == ForwardRef('a.b'))
print(SupportsInt, isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(2.5, typing.SupportsIndex))
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping), isinstance(1, Hashable), isinstance([], Iterable))
print(Optional[int] | str, int | Optional[str], List[int] | None, Union[int, str] | None)
print(typing.TYPE_CHECKING, typing.cast(int, 'x'), typing.cast('List[int]', 3))
