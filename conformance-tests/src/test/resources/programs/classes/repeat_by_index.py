# A sequence times an object with __index__ repeats it, in either order, once both number
# slots have declined (int subclasses included); without __index__ it is a TypeError.
class I:
    def __index__(self):
        return 2

class N(int):
    pass

class M:
    def __mul__(self, other):
        return 'M.__mul__'

print("ab" * I(), I() * "ab", [1] * I(), I() * [1], (1, 2) * I(), I() * (1,))
print(N(2) * "ab", "ab" * N(2), N(3) * [1], [0] * N(2), N(2) * (1,))
print(M() * "ab")
print(__doc__)
try:
    print(object() * "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] * 2.0)
except TypeError as e:
    print("TypeError:", e)
