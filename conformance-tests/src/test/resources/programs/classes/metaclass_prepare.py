# module-name fallback and misc
X = type('X', (), {})
print(X.__module__, X)
class M(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))
Y = M('Y', (), {})
print(Y.__module__)
class M3(type): pass
Z = M3('Z', (), {})
print(Z.__module__, repr(Z))
print(type.__call__(X).__class__ is X)
print(type(X) is type, type.__prepare__('a', ()))
class PM(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare kw', kw)
        return {'preloaded': 99}
    def __new__(mcs, name, bases, ns, **kw):
        print('new kw', kw, list(ns))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init kw', kw)
class Pre(metaclass=PM, opt=1):
    y = preloaded + 1
print(Pre.y, Pre.preloaded)
class Base:
    def __init_subclass__(cls, **kw):
        print('isc', kw)
try:
    class Pre2(Base, metaclass=PM, opt=2): pass
except TypeError as e:
    print(e)
class LoudDict(dict):
    def __getitem__(self, k):
        print('get', k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
    def __delitem__(self, k):
        print('del', k)
        super().__delitem__(k)
class LM(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return LoudDict()
    def __new__(mcs, name, bases, ns):
        print(type(ns).__name__, list(ns))
        return super().__new__(mcs, name, bases, dict(ns))
class Loud(metaclass=LM):
    a = 1
    b = a + 1
    tmp = 3
    del tmp
    print(len([1]))
    def method(self):
        return b
print(Loud.b, hasattr(Loud, 'tmp'), Loud.__qualname__)
try:
    Loud().method()
except NameError as e:
    print(e)
class MissingDict(dict):
    def __missing__(self, key):
        if key.startswith('auto_'):
            return key.upper()
        raise KeyError(key)
class AutoMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return MissingDict()
class Auto(metaclass=AutoMeta):
    x = auto_one
    y = len('abc')
print(Auto.x, Auto.y)
try:
    class Broken(metaclass=AutoMeta):
        del nothing_here
except NameError as e:
    print(e)
class NoMapping(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class Q(metaclass=NoMapping): pass
except TypeError as e:
    print(e)
