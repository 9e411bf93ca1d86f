# A property takes its getter's docstring; getter/setter/deleter copies keep it; __get__
# without a getter raises AttributeError; an error in __set_name__ becomes a RuntimeError.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class P:
    @property
    def v(self):
        "doc of v"
        return 1

    def w(self):
        "doc of w"

    x = property(w)

    @v.setter
    def v(self, val):
        pass


print(P.v.fget.__doc__, P.v.__doc__, P.x.__doc__)
print(property(P.w).__doc__, property(P.w, doc='d').__doc__, property().__doc__)
print(property(P.w).getter(lambda s: 1).__doc__)
print(property(P.w, doc='keep').getter(lambda s: 1).__doc__)
print(property(P.w).setter(lambda s, v: 1).__doc__)
show(lambda: property(None).__get__(1))
show(lambda: property(None).__get__(None, int) is not None)
show(lambda: P.__dict__['v'].__get__(P()))


class BadSet:
    def __set_name__(self, owner, name):
        raise ValueError('boom')


try:
    class V:
        b = BadSet()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)


class I:
    def __index__(self):
        return 1.5


for f in [lambda: [1][I()], lambda: bin(I()), lambda: range(I()), lambda: 'ab'[I():]]:
    show(f)
show(lambda: type('X', (), {'__slots__': ('__dict__', '__dict__')}))
show(lambda: type('X', (), {'__slots__': ('__weakref__', '__weakref__')}))
show(lambda: type('X', (), {'__slots__': ('a', 'a')}).__name__)
show(lambda: Exception().add_note(1))
show(lambda: Exception().add_note(None))
