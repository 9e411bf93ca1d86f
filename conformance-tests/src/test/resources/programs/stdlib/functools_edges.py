from functools import partial, reduce, cmp_to_key, lru_cache, cache, total_ordering, wraps
import functools
class P(partial): pass
print(repr(P(max, 1)), repr(partial(max, 1, key=abs)), repr(partial(partial(max,1),2)))
try: partial()
except TypeError as e: print(e)
try: partial(3)
except TypeError as e: print(e)
try: reduce(max, [])
except TypeError as e: print(e)
try: reduce()
except TypeError as e: print(e)
try: reduce(max)
except TypeError as e: print(e)
try: reduce(max, 3)
except TypeError as e: print(e)
k = cmp_to_key(lambda a,b: a-b)
try: k(1) < 2
except TypeError as e: print(e)
print(type(k(1)), k(1) == k(1), sorted([3,1,2], key=cmp_to_key(lambda a, b: b - a)))
try: hash(k(1))
except TypeError as e: print(e)
try: lru_cache('x')
except TypeError as e: print(e)
@lru_cache(maxsize=-3)
def f(x): return x
f(1); f(1); print(f.cache_info(), f.cache_parameters())
@cache
def g(x): return x
print(g.cache_info(), g.__wrapped__.__name__, g.__name__)
try: partial(max).func = 3
except AttributeError as e: print(e)
p = partial(max, 1); p.args
try: p.args = ()
except AttributeError as e: print(e)
try: total_ordering(object)
except ValueError as e: print(e)
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x); return x * x
for i in [1, 2, 1, 3, 2, 1]: sq(i)
print(sq.cache_info(), sq.cache_info().hits, sq.cache_info()[1], sq.cache_info() == (2, 4, 2, 2))
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def h(x, y=1): return x + y
h(1); h(1, y=1); h(x=1); h(1.0); print(h.cache_info())
@lru_cache(typed=True)
def t(x): return x
t(1); t(1.0); t(True); print(t.cache_info())
@total_ordering
class Ver:
    def __init__(self, *p):
        self.p = p
    def __eq__(self, o):
        return self.p == o.p
    def __lt__(self, o):
        return self.p < o.p
print(Ver(1) <= Ver(1), Ver(2) >= Ver(1, 5), Ver(1) > Ver(1), Ver.__gt__.__name__)
print(partial(int, base=2)("1011"), partial(max, key=abs)(-3, 2, key=lambda v: v))
print(reduce(lambda a, b: a * b, range(1, 11)), reduce(lambda a, b: a + b, [], 0), reduce(max, [5]))
def deco(fn):
    @wraps(fn)
    def w(*a):
        return fn(*a)
    return w
@deco
def hello(n):
    "doc"
    return n
hello.x = 1
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__, functools.WRAPPER_ASSIGNMENTS)
