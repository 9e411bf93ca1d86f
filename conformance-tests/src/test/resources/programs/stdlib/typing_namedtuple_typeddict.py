# typing.NamedTuple (class syntax and functional) and TypedDict.
from typing import NamedTuple, TypedDict, List, Optional, Required, NotRequired, is_typeddict


class Point(NamedTuple):
    x: int
    y: int = 0

    def dist(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.dist(), Point._fields, Point._field_defaults, Point.__annotations__, p._replace(x=1), Point(1))
print(Point.__module__, Point.__mro__, isinstance(p, tuple), p == (3, -4), p._asdict())
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__, Emp.__module__, Emp._fields)
try:
    Point()
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(NamedTuple):
        x: int
        def _replace(self):
            pass
except AttributeError as e:
    print('AttributeError:', e)
try:
    class Bad3(NamedTuple, int):
        x: int
except TypeError as e:
    print('TypeError:', e)


class Movie(TypedDict):
    name: str
    year: int


class Movie2(Movie, total=False):
    rating: float
    tags: List[str]


class Opt(TypedDict):
    a: int
    b: NotRequired[str]


m = Movie(name='Blade Runner', year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie2.__optional_keys__))
print(Movie2.__total__, Movie.__total__, sorted(Movie2.__required_keys__), sorted(Opt.__optional_keys__), Movie2.__annotations__)
Pt = TypedDict('Pt', {'x': int, 'y': Optional[int]})
print(Pt(x=1, y=2), Pt.__module__, Pt.__annotations__, is_typeddict(Pt), is_typeddict(dict), is_typeddict(Movie2))
for bad in (lambda: isinstance(m, Movie), lambda: issubclass(dict, Movie)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    class Mixed(Movie, int):
        pass
except TypeError as e:
    print('TypeError:', e)
