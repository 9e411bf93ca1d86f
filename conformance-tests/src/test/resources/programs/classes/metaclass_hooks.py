class Meta(type):
    def __iter__(cls):
        return iter(cls._items)
    def __contains__(cls, x):
        return x in cls._items
    def __bool__(cls):
        return bool(cls._items)
    def __setattr__(cls, k, v):
        print('meta setattr', k)
        super().__setattr__(k, v)
    def __delattr__(cls, k):
        print('meta delattr', k)
        super().__delattr__(k)
    def __instancecheck__(cls, inst):
        print('instancecheck', cls.__name__)
        return hasattr(inst, 'quack')
    def __subclasscheck__(cls, sub):
        print('subclasscheck', cls.__name__, sub.__name__)
        return hasattr(sub, 'quack')
    def __getattr__(cls, name):
        return 'missing:' + name

class Bag(metaclass=Meta):
    _items = [1, 2, 3]

class Duck:
    def quack(self): pass

print(list(Bag), 2 in Bag, 5 in Bag, bool(Bag))
Bag.extra = 7
print(Bag.extra, Bag.nothing)
del Bag.extra
print(isinstance(Duck(), Bag), isinstance(3, Bag), isinstance(Bag(), Bag))
print(issubclass(Duck, Bag), issubclass(int, Bag))
print(isinstance(Duck(), (int, Bag)))

class Outer:
    class Inner(metaclass=Meta):
        _items = []
        print('body', __module__, __qualname__)
print(Outer.Inner.__qualname__, bool(Outer.Inner))

def func_meta(name, bases, ns, **kw):
    print('func_meta', name, bases, sorted(k for k in ns), kw)
    return 42
class Weird(metaclass=func_meta, extra=1):
    a = 1
print(Weird)

class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner=None):
        return self if obj is None else obj.__dict__.get(self.name, 'unset')

class Base:
    def __init_subclass__(cls, /, color='none', **kw):
        print('init_subclass', cls.__name__, color, kw)
        super().__init_subclass__(**kw)
        cls.color = color
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'

class Red(Base, color='red'):
    d = Desc()
class Plain(Base):
    pass
print(Red.color, Plain.color, Red[int], Plain['x'], Red().d)
try:
    class Bad(Base, color='x', size=3): pass
except TypeError as e:
    print('TypeError', e)

ns = {'__module__': 'mymod', '__qualname__': 'Q.Name', 'v': 1}
T = type('T', (Base,), ns)
print(T, T.__name__, T.__qualname__, T.__module__, T.v, T.color, ns['__qualname__'])
try:
    type('T', (), {'__qualname__': 3})
except TypeError as e:
    print(e)
class MetaA(type): pass
class MetaB(MetaA): pass
class A(metaclass=MetaA): pass
class B(metaclass=MetaB): pass
class C(A, B): pass
print(type(C).__name__)
D = MetaA('D', (B,), {})
print(type(D).__name__)
try:
    type.__new__(MetaA, 'E', (), [])
except TypeError as e:
    print(e)
print(type(type), type(Meta), Meta.__class__, Bag.__class__)
class Counter(type):
    count = 0
    def __call__(cls, *a, **k):
        Counter.count += 1
        return super().__call__(*a, **k)
class Thing(metaclass=Counter):
    def __init__(self, x=0):
        self.x = x
Thing(); Thing(x=3)
print(Counter.count, Thing(5).x)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Conf(metaclass=Singleton):
    def __init__(self): print('made')
print(Conf() is Conf())
