# Failed stores: a subscript store into a tuple, an augmented subscript, an unpacking.
def update(counts, key):
    counts[key] += 1
    return counts


def swap(pair):
    a, b = pair
    return b, a


print(update({"a": 1}, "a"))
print(swap((1, 2)))
try:
    update({}, "b")
except KeyError as e:
    print("KeyError", e)
frozen = (1, 2)
print(swap([1, 2, 3]))
