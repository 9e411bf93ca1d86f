print(list(map(lambda *a: sum(a), [1, 2, 3], [10, 20], [100, 200, 300])))
print(list(map(max, "abc", "bab")), list(map(len, ["", "aa", "b"])))
