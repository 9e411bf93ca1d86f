class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('new', mcs.__name__, name, bases, sorted(ns), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('init', name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print('call', cls.__name__, args, kw)
        return super().__call__(*args, **kw)
    def hello(cls):
        return 'hello from ' + cls.__name__
    @property
    def upper(cls):
        return cls.__name__.upper()
    def __repr__(cls):
        return '<Meta ' + cls.__name__ + '>'
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return k * 2

class A(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v):
        self.v = v
    def __init_subclass__(cls, **kw):
        print('isc', cls.__name__, kw)

class B(A):
    pass

print(type(A), type(B), A, B)
print(A.tag, B.tag, A.hello(), B.upper, len(A), A[21])
a = A(5)
print(a.v, type(a).__name__, isinstance(a, A), isinstance(A, Meta), isinstance(A, type))
print(repr(A), str(B))
try:
    a.hello
except AttributeError as e:
    print(e)
X = type('X', (), {'a': 1, 'f': lambda self: self.a + 1})
print(X, X().f(), X.__qualname__, X.__module__)
Y = Meta('Y', (A,), {})
print(Y, Y.tag)
class P:
    def __prepare__(name, bases): pass
class Logging(dict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
class LM(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, bases, kw)
        return Logging()
class Z(metaclass=LM):
    a = 1
    b = a + 1
    def m(self): pass
print(Z.b, type(Z).__name__)
class M2(type): pass
class C2(metaclass=M2): pass
try:
    class D(A, C2): pass
except TypeError as e:
    print(e)
print(type.__name__, [c.__name__ for c in Meta.__mro__])
