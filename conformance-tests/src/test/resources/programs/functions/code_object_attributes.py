def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a
g = lambda x, y: x
class K:
    def m(self, z):
        def inner(q):
            pass
        return inner
print(f.__code__.co_name, f.__code__.co_qualname, f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(g.__code__.co_name, g.__code__.co_argcount, K.m.__code__.co_qualname, K().m.__code__.co_argcount, K().m(1).__code__.co_qualname)
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def h(x):
    pass
print(h.__code__.co_name, h.__code__.co_argcount)
try:
    print(len.__code__.co_name)
except AttributeError as e:
    print("AttributeError", e)
