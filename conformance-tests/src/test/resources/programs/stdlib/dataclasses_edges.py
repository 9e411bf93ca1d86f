from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, Field


@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1)
print(p, repr(p), p == Point(1, 0), p != Point(2), p == (1, 0))
print(Point.__init__.__qualname__, Point.__repr__.__name__, Point.__doc__, Point.__match_args__)
print(Point.__hash__, Point.y)
for call in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'b'

f = Frozen(1)
print(f, hash(f) == hash((1, 'b')), f == Frozen(1, 'b'))
try:
    f.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del f.b
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    f.c = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)

vs = [Version(1, 2, 'b'), Version(1, 0), Version(0, 9, 'a')]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 5), Version(1, 0, 'x') == Version(1, 0, 'y'))
try:
    Version(1) < 3
except TypeError as e:
    print('TypeError', e)


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(default=0, init=False)
    secret: str = field(default='s', repr=False)

    def __post_init__(self):
        self.total = len(self.items)

inv = Inventory([1, 2])
print(inv, inv.total, Inventory(), Inventory().items is not Inventory().items)
print([f.name for f in fields(inv)], [f.init for f in fields(Inventory)])
print(asdict(inv), astuple(inv))


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.a *= scale

w = WithInit(3)
print(w, WithInit(3, 10), [f.name for f in fields(w)], WithInit.__doc__)
print(replace(w, scale=5), repr(InitVar[int]), repr(InitVar[str]))


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int

print(Opts(level=3), Opts.__doc__)
try:
    Opts(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    Opts()
except TypeError as e:
    print('TypeError', e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = field(default=2, kw_only=False)

print(Mixed(1, 5, b=3), Mixed.__match_args__, Mixed.__doc__)


@dataclass
class Base:
    x: int
    y: int = 1

@dataclass
class Child(Base):
    z: int = 5
    x: int = 10

print(Child(), Child(1, 2, 3), fields(Child)[0].name, is_dataclass(Child), is_dataclass(Child()), is_dataclass(3))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

n = Node(1)
n.children.append(n)
print(n)
print(asdict(Node(1, [Node(2)])))


@dataclass(eq=False)
class Ident:
    a: int

print(Ident(1) == Ident(1), hash(Ident(1)) != 0)


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    b: list = field(default_factory=list, hash=False)

print(hash(Hashed(3)) == hash((3,)))


@dataclass
class Unhashable:
    a: int

try:
    hash(Unhashable(1))
except TypeError as e:
    print('TypeError', e)
print(Unhashable.__hash__)


@dataclass
class Explicit:
    a: int
    def __hash__(self):
        return 7
    def __repr__(self):
        return 'Explicit!'

print(hash(Explicit(1)), Explicit(1))

for make in ['mutable', 'noannot', 'order', 'both', 'nondefault', 'overwrite', 'frozeninherit', 'kwtwice']:
    try:
        if make == 'mutable':
            @dataclass
            class Bad:
                a: list = []
        elif make == 'noannot':
            @dataclass
            class Bad:
                a = field()
        elif make == 'order':
            @dataclass(order=True, eq=False)
            class Bad:
                a: int
        elif make == 'both':
            field(default=1, default_factory=list)
        elif make == 'nondefault':
            @dataclass
            class Bad:
                a: int = 1
                b: int
        elif make == 'overwrite':
            @dataclass(order=True)
            class Bad:
                a: int
                def __lt__(self, other):
                    return True
        elif make == 'frozeninherit':
            @dataclass
            class Bad(Frozen):
                c: int = 3
        elif make == 'kwtwice':
            @dataclass
            class Bad:
                a: KW_ONLY
                b: KW_ONLY
    except (TypeError, ValueError) as e:
        print(make, type(e).__name__, e)

try:
    fields(3)
except TypeError as e:
    print('TypeError', e)
try:
    asdict(Point)
except TypeError as e:
    print('TypeError', e)
try:
    replace(inv, total=3)
except ValueError as e:
    print('ValueError', e)
print(replace(p, y=7), p)


@dataclass
class Selfish:
    self: int
    other: str = 'o'

print(Selfish(self=1), Selfish(2, other='x'))


@dataclass(repr=False, init=False)
class NoInit:
    a: int = 4

print(NoInit().a, NoInit.__doc__, type(NoInit()).__repr__ is object.__repr__)

@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int = 1
    inner: 'Outer.Inner' = None

print(Outer(Outer.Inner()), Outer.__doc__, Outer.Inner.__doc__)
match Point(3, 4):
    case Point(a, b):
        print('matched', a, b)
print(MISSING is not None, isinstance(fields(p)[0], Field), fields(p)[1].default, fields(p)[0].type)
print(Point(1.5, 2) == Point(1.5, 2.0), Version(1, 2, 'q') == Version(1, 2))
