# Built-in functions are not descriptors: stored in a class they stay unbound when read from an
# instance, while built-in types' methods (method descriptors, slot wrappers) and Python
# functions bind.
import math


class C:
    f = len
    g = math.sqrt
    h = abs
    m = max
    r = repr
    rep = object.__repr__
    p = print

    def meth(self):
        return 'meth'


c = C()
print(c.f([1, 2]))
print(c.g(16))
print(c.h(-3))
print(c.m(3, 9, 4))
print(c.r('x'))
print(C.f is len, c.f is len, c.g is math.sqrt)
print(type(c.f).__name__, type(C.__dict__['f']).__name__)
c.p('printed', 1, sep='-')
print(getattr(c, 'f')([1, 2, 3]))
f = c.f
print(f('abcd'))

# A method descriptor or slot wrapper of a built-in type binds.
print(c.rep().startswith('<__main__.C object at'))
print(c.meth())


# Subclass of list: list.append stored under another name binds to the instance.
class L(list):
    push = list.append
    size = len


l = L()
l.push(5)
l.push(6)
print(l, l.size(l))


# Set after creation, with setattr and on a base; read through super(); in a loop (warmed caches).
class B:
    pass


class D(B):
    def total(self, xs):
        return super().s(xs)


B.s = sum
setattr(D, 'k', sorted)
d = D()
print(d.s([1, 2, 3]), d.k([3, 1, 2]), d.total([4, 5]))
acc = []
for i in range(300):
    acc.append(d.s([i, 1]))
    acc.append(c.f('x' * (i % 5)))
print(sum(acc))

# The method is looked up on each call: rebinding a class attribute between a function and a
# built-in function switches between binding and not binding.
class E:
    def n(self, x=None):
        return 'bound' if x is None else ('bound', x)


e = E()
out = []
for i in range(6):
    if i == 2:
        E.n = len
    if i == 4:
        E.n = lambda self, x=None: 'lambda'
    try:
        out.append(e.n([1, 2, 3]))
    except TypeError as ex:
        out.append(str(ex))
print(out)

# math's functions are built-in functions too.
class O:
    fl = math.floor
    pw = pow
    dm = divmod


o = O()
print(o.fl(2.5), o.pw(2, 10), o.dm(7, 2))
print(O.fl is math.floor, o.pw is pow)

# type(name, bases, dict) and a metaclass's namespace.
T = type('T', (), {'f': len, 'g': abs})
t = T()
print(t.f('abc'), t.g(-2))


class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['extra'] = min
        return super().__new__(mcs, name, bases, ns)


class M(metaclass=Meta):
    pass


print(M().extra(4, 2))
print(c.f(c))
