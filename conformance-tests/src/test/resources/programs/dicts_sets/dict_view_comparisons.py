# Keys and items views compare with sets, frozensets and each other as sets do (by size and
# containment); an items view looks the key up, so an unhashable key raises.
d = {1: "a", 2: "b", 3: "c"}
e = {3: "c", 1: "a", 2: "b"}
print(d.keys() == {1, 2, 3}, d.keys() != {1, 2, 3}, d.keys() == [1, 2, 3], d.keys() == e.keys())
print(d.keys() <= {1, 2, 3, 4}, d.keys() < {1, 2, 3}, {1, 2} < d.keys(), d.keys() >= frozenset({2}))
print(d.items() == e.items(), d.items() >= {(1, "a")}, d.items() > {(1, "b")}, d.items() == {(1, "a"), (2, "b"), (3, "c")})
print(d.values() == d.values(), d.values() == e.values(), d.keys() == d.values())
print((1, "a") in d.items(), (1, "b") in d.items(), 1 in d.items(), (1, "a", 3) in d.items(), [1, "a"] in d.items())
try:
    print(([1], 2) in d.items())
except TypeError as err:
    print("TypeError", err)
print([5, 1] - d.keys(), [5, 1] ^ d.keys(), [7, 1] | d.keys(), (2, 9) & d.keys())
print(d.keys() - [1], d.keys() ^ (3, 4), d.items() - {(1, "a")} == {(2, "b"), (3, "c")})
try:
    print(d.keys() < [1, 2, 3, 4])
except TypeError as err:
    print("TypeError", err)
