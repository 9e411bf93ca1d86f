"""types for transpiled programs: the classes of the runtime's built-in objects, taken from
objects of each kind as CPython's types.py does, SimpleNamespace (CPython's C namespace type,
written in Python) and resolve_bases (PEP 560)."""

import sys as _sys
import _taipan


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_probe = _c()
CoroutineType = type(_probe)
_probe.close()
del _probe


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType  # CPython: type([].append), the same class
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)
MappingProxyType = type(type.__dict__)

del _f, _g, _c, _ag, _C


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i+shift:i+shift+1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


_namespace_repr_running = []


class SimpleNamespace:
    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if self in _namespace_repr_running:
            return name + "(...)"
        _namespace_repr_running.append(self)
        try:
            items = [f"{k}={v!r}" for k, v in self.__dict__.items() if isinstance(k, str) and k]
            return f"{name}({', '.join(items)})"
        finally:
            _namespace_repr_running.remove(self)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), self.__dict__)


_taipan.set_unhashable_name(SimpleNamespace, 'types.SimpleNamespace')
