from collections.abc import Iterable, Iterator, Sequence, Mapping
def describe(x):
    return (isinstance(x, Iterable), isinstance(x, Iterator), isinstance(x, Sequence), isinstance(x, Mapping))
for v in ([1], iter([1]), "s", {1: 2}, 5, range(3), (i for i in [])):
    print(type(v).__name__, describe(v))
