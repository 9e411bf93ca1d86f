# A set display of three or more constants is compiled to a frozenset constant merged into a
# new set; a constant set iterated by `for`, a comprehension or `in` is that frozenset itself.
# Their order is the frozenset's slot order, and equal constant sets of one module share the
# first one's object (so its order).
print({33, 1, 17, 49, 2})
print({16, 0, 32, 48, 5, 64})
print({(1, 2), (3, 4), (5, 6), 7.5, -3})
print({1.5, 2.5, 3.5, 0.5, 9.25, -1, -2, 2**64, 2**65 + 7})
print({-1, -2, 10, 1000000, 7})
for x in {33, 1, 17, 49, 2, 65, 97, -1, -2}:
    print(x, end=" ")
print()
print([x for x in {81, 1, 17, 49, 2, 65, 97, -1, -2}])
print({x for x in {33, 1, 17, 49, 2, 65, 97, -1, -2}})
print([(x, y) for x in [1] for y in {9, 1, 17}])
print(5 in {50, 34, 18, 2, 3}, 50 not in {50, 34, 18, 2, 3})
print({34, 2, 18, 50, 3})
print({49, 33, 17, 1, 2})
a = 17
print({33, 1, a, 49, 2}, {-1, -2})
print({1, 1.0, True, 2}, {0.5, -0.0, 0, 3})
