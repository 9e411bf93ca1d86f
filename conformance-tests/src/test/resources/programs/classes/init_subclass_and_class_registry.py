registry = []
class Plugin:
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        registry.append((cls.__name__, tag))
class A(Plugin, tag="a"):
    pass
class B(A):
    pass
print(registry)
