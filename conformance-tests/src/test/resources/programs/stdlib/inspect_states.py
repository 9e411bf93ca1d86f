import inspect
import functools

def gen():
    state = yield 1
    print('inside', inspect.getgeneratorstate(it))
    yield state

it = gen()
print(inspect.getgeneratorstate(it))
next(it)
print(inspect.getgeneratorstate(it))
it.send(5)
it.close()
print(inspect.getgeneratorstate(it))

async def coro():
    return 3

c = coro()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration as e:
    print('value', e.value)
print(inspect.getcoroutinestate(c))

class K:
    def m(self):
        pass
    def gm(self):
        yield 1

async def agen():
    yield 1

def plain():
    pass

p = functools.partial(K.gm, None)
for obj in [K, K(), K().m, K.m, plain, gen, it, len, [].append, inspect, coro, agen, p, 3]:
    print(inspect.isclass(obj), inspect.ismethod(obj), inspect.isfunction(obj), inspect.isbuiltin(obj),
          inspect.ismodule(obj), inspect.isgenerator(obj))
ag = agen()
print(inspect.isasyncgen(ag), inspect.iscoroutine(ag), inspect.isgenerator(ag))
c2 = coro()
print(inspect.iscoroutine(c2), inspect.GEN_CREATED, inspect.CORO_CLOSED)
c2.close()
print(inspect.getcoroutinestate(c2))
for bad in [c2, 5]:
    try:
        inspect.getgeneratorstate(bad)
    except AttributeError as e:
        print('AttributeError', e)
try:
    inspect.getcoroutinestate(it)
except AttributeError as e:
    print('AttributeError', e)
