class A:
    x: int
    y: "str" = 3
    __p: list = []
    if True:
        z: float
    (w): int = 5
    A = 1
print(A.__annotations__, A.y, A.w)
class B(A):
    q: dict
print(B.__annotations__)
class C:
    pass
print(hasattr(C, '__annotations__'))
print(sorted(k for k in A.__dict__ if not k.startswith('__') or k == '__annotations__'))
def f(): pass
f.k = 3
print(f.__dict__)
class A:
    x: int
class B(A):
    pass
print(B.__annotations__, A().__annotations__)
B.__annotations__['k'] = 1
print(B.__annotations__, A.__annotations__)
class C:
    pass
print(hasattr(C, '__annotations__'))
