# type[int] is a special case of subscription: type has no __class_getitem__, its subclasses are
# not subscriptable; the built-in generic classes (enumerate too) have one.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class M(type):
    pass


class H(metaclass=M):
    pass


class G:
    def __class_getitem__(cls, k):
        return (cls.__name__, k)


show(lambda: type[int])
show(lambda: type[int, str])
show(lambda: type[int] == type[int])
show(lambda: M[int])
show(lambda: H[1])
show(lambda: G[1])
show(lambda: type.__class_getitem__)
show(lambda: '__class_getitem__' in vars(type))
show(lambda: '__class_getitem__' in dir(type))
for c in [int, str, list, dict, set, frozenset, tuple, enumerate, type, object, zip, range]:
    print(c.__name__, hasattr(c, '__class_getitem__'))
show(lambda: enumerate[int])
show(lambda: enumerate.__class_getitem__(int))
show(lambda: list.__class_getitem__(int))
show(lambda: int[int])
print(list.__class_getitem__.__name__, enumerate.__class_getitem__.__name__)
x: type[int] = int
print(x)
show(lambda: ExceptionGroup[int])
show(lambda: BaseExceptionGroup[ValueError])
show(lambda: type(ExceptionGroup[int]).__name__)
show(lambda: ExceptionGroup[int].__origin__ is ExceptionGroup)
