def f(a, b=2, *, c=3):
    "doc here"
    return a
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount if False else "nocode")
f.custom = 42
print(f.custom, f.__qualname__)
class K:
    def m(self):
        def inner():
            pass
        return inner
print(K.m.__qualname__, K().m().__qualname__)
