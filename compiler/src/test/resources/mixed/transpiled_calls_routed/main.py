# A transpiled entry calling a module routed to Pyodide (hashlib, decimal, eval).
import helper
from helper import digest, Point, HelperError, Bag

print("main starts")
print(digest("abc"), digest(text="taipan"))
print(helper.add(2, y=3), helper.add(2.0, 3), helper.add(-7, 0.5))
print(helper.add(2**60, 2**60), helper.add(-(2**70), 1), helper.add(2**53, 0))
print(helper.half(4), helper.half(5), helper.neg_zero(), helper.inf())
print(helper.evaluate("1 + 2 * 3"), helper.evaluate("[i * i for i in range(4)]"))
r = helper.echo((1, 2.0, "x", None, True, False, [1, 2], {"a": 1.5, 2: (3, 4)}, {5}, frozenset({6})))
print(r)
print([type(v).__name__ for v in r])
print(helper.describe(1, 1.0, True, None, "s", [], {}, (), 10**20))
print(helper.kinds(*[1, 2.0], flag=True, name="n"))

p = Point(1, 2)
print(p, repr(p), str(p), p.norm2(), p.x, isinstance(p, Point), type(p).__name__)
q = p + Point(3, 4)
print(q.x, q.y, q == Point(4, 6), q != Point(4, 6), p < q, bool(p), bool(Point(0, 0)))
p.x = 10
print(p.norm2(), Point.ORIGIN, Point.from_pair((7, 8)))
print(helper.same_point(p) is p, helper.singleton() is helper.singleton())

bag = Bag([3, 1, 2])
print(len(bag), list(bag), 2 in bag, 9 in bag, bag[0], sorted(bag))
print([x * 10 for x in helper.countdown(3)])

lst = [3, 1, 2]
helper.sort_in_place(lst)
print(lst)
d = {"k": 1}
helper.add_key(d, "new", [1.0])
print(d)
nested = [[1], [2]]
print(helper.identity(nested) is nested, helper.first(nested) is nested[0])

try:
    helper.fail("boom")
except ValueError as e:
    print("caught", type(e).__name__, e, e.args)
try:
    helper.custom(7)
except HelperError as e:
    print("custom", e, e.code, isinstance(e, Exception), type(e).__name__)
try:
    helper.lookup({}, "missing")
except KeyError as e:
    print("key", repr(e))
try:
    helper.divide(1, 0)
except ArithmeticError as e:
    print("arith", type(e).__name__, e)
try:
    raise HelperError(3)
except HelperError as e:
    print("raised here", e, e.code)

print(helper.apply(lambda a, b: a * b, 6, 7))
print(helper.apply(max, [3, 9, 2], key=None))
print(helper.call_back(lambda: 2.0))
print(helper.counter)
helper.counter = 10
print(helper.bump(), helper.counter)
total = helper.D("1.1") + helper.D("2.2")
print(total, repr(total), type(total).__name__, str(helper.D("1") / helper.D("3")))
print("main ends")
