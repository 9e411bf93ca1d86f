print(list("héllo"), list(range(3)), list({1: "a", 2: "b"}), list((x for x in "ab")))
print(list(map(int, "123")), list(zip("ab", [1, 2])), list(enumerate("xy", 1)))
print(tuple(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed("abc")))
