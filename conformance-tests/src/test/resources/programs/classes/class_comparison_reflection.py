class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("A.__lt__")
        return self.v < (o.v if isinstance(o, A) else o)
print(A(1) < A(2), A(3) > A(2), A(1) < 5)
try:
    print(5 < A(1), A(1) <= A(2))
except TypeError as e:
    print("TypeError:", e)
