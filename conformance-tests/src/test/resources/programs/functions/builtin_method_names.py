# __name__ and __qualname__ of methods the runtime implements: the name CPython's method table
# gives, qualified by the type of __self__ (or __self__ itself when it is a class).
for m in [(1).bit_length, (1.5).is_integer, "a".upper, [].append, {}.get, (1,).count, {1}.add, b"a".hex, range(3).index, int.bit_length, float.is_integer]:
    print(m.__name__, m.__qualname__)
class L(list): pass
print(L().append.__qualname__, L().append.__name__)
class A:
    def m(self): pass
print(A().m.__qualname__, A().m.__name__)
import functools
class B:
    f = len
print(B.f.__name__)
class Outer:
    class D(dict): pass
print(Outer.D().get.__qualname__, Outer.D.fromkeys.__qualname__, dict.fromkeys.__qualname__, int.from_bytes.__qualname__, int.mro.__qualname__)
print(int.bit_length.__name__, str.upper.__name__, list.append.__name__, (1).__add__.__name__)
print(dict.fromkeys.__name__, int.from_bytes.__name__, bytes.fromhex.__name__, float.fromhex.__qualname__)
print(repr(int.from_bytes).split(" of ")[0], repr(dict.fromkeys).split(" of ")[0], repr([].append).split(" of ")[0], repr((1).bit_length).split(" of ")[0])
