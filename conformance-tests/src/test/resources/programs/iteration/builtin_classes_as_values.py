# Builtins that are classes in CPython (enumerate, zip, map, filter, reversed, super) are the
# class object when the name is used as a value, not only when called.
print(enumerate)
x = zip
print(x)
print([super])
print(map, filter, reversed)
print(len, print, abs)

# The instances' type is the class itself.
print(type(enumerate([])) is enumerate, type(zip()) is zip, type(map(abs, [])) is map)
print(type(filter(None, [])) is filter, type(reversed([1])) is reversed)
print(isinstance(enumerate([]), enumerate), isinstance(iter([]), zip))
print(isinstance(map(abs, [1]), (list, map)))

# Calling the class through a value calls the builtin, keywords included.
for cls in (enumerate, zip, map, filter, reversed):
    print(cls.__name__, cls is type(cls([1, 2]) if cls not in (map, filter) else cls(abs, [1])))
f = enumerate
print(list(f("ab", start=3)))
print(list(f(iterable="xy")))
z = zip
print(list(z([1, 2], "ab", strict=True)))
try:
    list(z([1, 2], "a", strict=True))
except ValueError as e:
    print("ValueError", e)
m = map
print(list(m(lambda a, b: a + b, [1, 2], [10, 20])))
try:
    m(abs, [1], key=1)
except TypeError as e:
    print("TypeError", e)
r = reversed
print(list(r([1, 2, 3])), list(r(range(3))))
try:
    r([1], x=1)
except TypeError as e:
    print("TypeError", e)
flt = filter
print(list(flt(None, [0, 1, "", "a"])))


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + s(B, self).who()


s = super
print(B().who())
print(type(s(B, B())) is super)
try:
    s(B, B(), x=1)
except TypeError as e:
    print("TypeError", e)
print(sorted(t.__name__ for t in [enumerate, zip, map, filter, reversed, super]))
