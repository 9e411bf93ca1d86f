from itertools import zip_longest, pairwise, starmap, compress, dropwhile, groupby
print(list(pairwise([1, 2, 3, 4])), list(starmap(pow, [(2, 3), (3, 2)])))
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print([(k, list(g)) for k, g in groupby("aabbbca")])
print(list(zip_longest([1, 2, 3], "ab")))
