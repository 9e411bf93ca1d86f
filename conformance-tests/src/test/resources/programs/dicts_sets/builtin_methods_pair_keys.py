# Method calls on exact built-in receivers and on subclasses that override them (str
# subclasses are routed to Pyodide, so none is here), and dict
# keys written as two-item tuple displays: equal across int/float/bool, new keys stored as
# given, and the generic behaviour for subclasses, other mappings and keys that do not pack.
from collections import defaultdict, Counter


def trace(label, value):
    print("eval", label)
    return value


class LoudDict(dict):
    def get(self, key, default=None):
        print("LoudDict.get", key, default)
        return super().get(key, default)

    def __getitem__(self, key):
        print("LoudDict.__getitem__", key)
        return super().__getitem__(key)

    def __setitem__(self, key, value):
        print("LoudDict.__setitem__", key, value)
        super().__setitem__(key, value)

    def __contains__(self, key):
        print("LoudDict.__contains__", key)
        return super().__contains__(key)


class MissingDict(dict):
    def __missing__(self, key):
        return ("missing", key)


class LoudList(list):
    def append(self, x):
        print("LoudList.append", x)
        super().append(x * 10)

    def pop(self, *args):
        print("LoudList.pop", args)
        return super().pop(*args)


class LoudSet(set):
    def add(self, x):
        print("LoudSet.add", x)
        super().add(-x)


class GetHolder:
    def get(self, key, default="nope"):
        return ("GetHolder.get", key, default)


class Same:
    """Equal to 1 and hashing like it: a foreign tuple item."""

    def __eq__(self, other):
        return other == 1

    def __hash__(self):
        return hash(1)


def exact_builtins():
    words = "alpha beta  gamma\tdelta".split()
    print(words, "-".join(words), "a,b,,c".split(","), "x y z".split(None, 1))
    lst = []
    for w in words:
        lst.append(len(w))
    print(lst, lst.pop(), lst.pop(0), lst)
    d = {}
    for w in "a b a c a b".split():
        d[w] = d.get(w, 0) + 1
    print(d, d.get("zz"), d.get("zz", -1), sorted(d.items()), list(d.keys()), list(d.values()))
    s = set()
    s.add(3)
    s.add(3.0)
    s.add(True)
    print(sorted(s), s.pop() in (1, 3))
    for call in (lambda: [].pop(), lambda: {}.pop("k"), lambda: "x".join([1]), lambda: "a b".split(1),
                 lambda: "abc".append(1), lambda: None.get(1), lambda: [1].index(5), lambda: set().remove(2)):
        try:
            print("no error", call())
        except Exception as e:
            print(type(e).__name__, e)


def subclasses():
    ld = LoudDict()
    ld[(1, 2)] = "a"
    print(ld[(1, 2)], (1, 2) in ld, ld.get((1, 2)), ld.get((3, 4), "dflt"), ld.get("k"))
    md = MissingDict({(0, 0): "origin"})
    print(md[(0, 0)], md[(5, 6)], (5, 6) in md, md.get((5, 6)), md.get((0, 0.0), 1))
    ll = LoudList([1, 2])
    ll.append(3)
    print(ll.pop(), ll.pop(0), ll)
    st = LoudSet()
    st.add(4)
    print(st)
    # Instance attributes shadow methods on subclass instances (never on built-ins).
    ll.append = lambda x: print("instance append", x)
    ll.append(7)
    ld.get = lambda *a: ("instance get",) + a
    print(ld.get((1, 2)), ld.get((1, 2), 0))
    del ll.append
    ll.append(8)
    print(ll)
    try:
        [].append = None
    except AttributeError as e:
        print("AttributeError", e)
    gh = GetHolder()
    print(gh.get((1, 2)), gh.get((1, 2), 0))
    dd = defaultdict(int)
    dd[(1, 1)] += 2
    dd[(1, 1.0)] += 3
    print(dd[(1, 1)], dd[(2, 2)], (2, 2) in dd, dd.get((3, 3)), sorted(dd.items()))
    c = Counter()
    c[(0, 1)] += 1
    print(c[(0, 1)], c[(9, 9)], c.get((0, True)))


def pair_keys():
    d = {}
    d[(1, 2)] = "int pair"
    print(d[(1, 2.0)], d[(True, 2)], d.get((1.0, 2.0)), (1, 2.0) in d, (True, 2.0) not in d)
    d[(1.0, 2)] = "replaced"
    print(d, list(d))
    d[(3.0, False)] = "float first"
    print(d, d[(3, 0)], d.get((3, 0.0)), (3.0, 0) in d)
    d[(0.5, 1)] = "half"
    print(d[(0.5, 1)], d.get((0.5, 1.0)), (0.5, True) in d, d.get((0.25, 1), "absent"))
    big = 10 ** 20
    d[(big, -1)] = "big"
    d[(20000, -20000)] = "wide"
    d[(-16384, 16383)] = "edge"
    print(d[(big, -1)], d[(20000, -20000)], d.get((20000.0, -20000)), d[(-16384, 16383.0)], (16384, 0) in d)
    d[("x", 1)] = "str item"
    d[((1, 2), 3)] = "nested"
    print(d[("x", 1)], d.get(((1.0, 2), 3.0)), ((True, 2), 3) in d)
    nan = float("nan")
    d[(nan, 1)] = "nan"
    print(d.get((nan, 1)), d.get((float("nan"), 1)))
    del d[(1, 2)]
    d[(1, 2.0)] = "again"
    print(list(d.items())[-1])
    for bad in (lambda: d[(9, 9)], lambda: d[([1], 2)], lambda: ([1], 2) in d, lambda: d.get(([], 0)),
                lambda: d.__setitem__(({}, 1), 0)):
        try:
            print("no error", bad())
        except (KeyError, TypeError) as e:
            print(type(e).__name__, e)
    # A foreign item equal to 1: the table must still find the packed pair.
    print(d.get((Same(), 2.0)), (Same(), 2) in d, d[(Same(), 2)])
    d[(Same(), 7)] = "foreign"
    print(d.get((1, 7)), d[(True, 7.0)], (1, 2) in d)
    e = {(x, y): x * y for x in range(-2, 3) for y in range(-2, 3)}
    total = 0
    for x in range(-3, 4):
        for y in range(-3, 4):
            total += e.get((x, y), 100)
            if (x, y) in e:
                e[(x, y)] = e[(x, y)] + 1
    print(total, sum(e.values()), len(e))


def evaluation_order():
    d = {(1, 2): 0}
    trace("target", d)[(trace("x", 1), trace("y", 2))] = trace("value", 5)
    print(trace("x", 1), (trace("a", 1), trace("b", 2)) in trace("d", d))
    print(trace("d", d).get((trace("a", 1), trace("b", 2)), trace("default", 9)))
    print(trace("d", d)[(trace("a", 1), trace("b", 2.0))])


exact_builtins()
subclasses()
pair_keys()
evaluation_order()
