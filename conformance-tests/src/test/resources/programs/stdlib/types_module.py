# The types module: SimpleNamespace, the classes of built-in objects, GenericAlias, UnionType.
import types
from types import SimpleNamespace

n = SimpleNamespace(a=1, b='x')
print(n, n.a, vars(n), n == SimpleNamespace(a=1, b='x'), n == SimpleNamespace(a=1))
n.c = n
print(n)
ns = SimpleNamespace(x=1, y=2)
ns.x += 5
del ns.y
print(ns, SimpleNamespace(), SimpleNamespace(**{'k': [1, 2]}))
for bad in (lambda: SimpleNamespace(1), lambda: SimpleNamespace({'a': 1}), lambda: hash(ns)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

class Cfg(SimpleNamespace):
    pass
print(Cfg(debug=True), Cfg(x=1) == SimpleNamespace(x=1), types.SimpleNamespace)

def f(self, y):
    return (self.x, y)
ns.m = types.MethodType(f, ns)
print(ns.m(3), isinstance(ns.m, types.MethodType))
for args in [(), (f,), (f, None), (1, 2), (f, 1, 2)]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print('TypeError:', e)

def gen():
    yield 1

async def coro():
    pass

c = coro()
print(types.FunctionType, types.LambdaType, types.MethodType, types.BuiltinFunctionType,
      types.BuiltinMethodType, types.ModuleType, types.NoneType, types.EllipsisType,
      types.NotImplementedType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType),
      isinstance([].append, types.BuiltinMethodType), isinstance([].append, types.MethodType),
      isinstance(gen(), types.GeneratorType), isinstance(c, types.CoroutineType), isinstance(types, types.ModuleType),
      isinstance(None, types.NoneType), types.BuiltinMethodType is types.BuiltinFunctionType)
c.close()
print(types.GenericAlias, types.UnionType, types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)) == dict[str, int])
print(isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
print(types.resolve_bases((int, list[int])), types.resolve_bases((int, str)))
