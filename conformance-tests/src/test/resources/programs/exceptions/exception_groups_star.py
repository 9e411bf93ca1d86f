try:
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t"), ValueError("w")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], repr(eg), str(eg))
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions], type(eg).__name__)
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))), eg.subgroup(OSError), eg.subgroup(ExceptionGroup) is eg)
print(eg.message, eg.exceptions[0], eg.args[0], len(eg.args[1]), isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", [1]),
            lambda: ExceptionGroup("x", ValueError()), lambda: ExceptionGroup("x", [KeyboardInterrupt()]), lambda: ExceptionGroup("x"),
            lambda: eg.split(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    raise ValueError("naked")
except* ValueError as e:
    print("naked:", repr(e), type(e).__name__)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    print("rest:", repr(rest))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    print("raised:", repr(e), [type(x).__name__ for x in e.exceptions], repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised:", repr(e))
try:
    try:
        raise TypeError("only")
    except* ValueError:
        print("not here")
except TypeError as e:
    print("passed through:", repr(e))
try:
    try:
        raise ValueError("x")
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("naked reraise:", repr(e))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
try:
    raise MyEG("mine", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print("derived:", repr(e), type(e).__name__)
except* TypeError as e:
    print("derived:", repr(e), type(e).__name__)
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError", e)
def f():
    for i in range(3):
        try:
            raise ValueError(i)
        except* ValueError:
            for j in range(2):
                if j:
                    break
    return "done"
print(f())
try:
    pass
except* ValueError:
    pass
else:
    print("else ran")
finally:
    print("finally ran")
e1 = ExceptionGroup("n", [ValueError(1)])
e1.add_note("a note")
print(e1.split(ValueError)[0] is e1, e1.subgroup(TypeError))
raise ExceptionGroup("uncaught", [ValueError("a"), ExceptionGroup("nested", [TypeError("b")])])
