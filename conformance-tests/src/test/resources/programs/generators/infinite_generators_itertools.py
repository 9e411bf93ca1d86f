import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(itertools.islice(naturals(), 5)), list(itertools.takewhile(lambda x: x < 4, naturals())))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat(7, 3)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.chain([1], "ab", (2,))))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:4])
print(list(itertools.combinations("abcd", 2)), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
