class A: pass
class B(A): pass
b = B()
print(type(b) is B, type(b) == A, isinstance(b, A), isinstance(b, (int, A)), issubclass(B, (A,)), issubclass(bool, int))
print(type(3), type("x").__name__, type(type), isinstance(type, object), isinstance(object, type))
try:
    isinstance(1, "int")
except TypeError as e:
    print("TypeError:", e)
