import operator
from operator import itemgetter, attrgetter, methodcaller, add, index
print(repr(attrgetter('real', 'imag')), repr(itemgetter(1, 'x')), repr(methodcaller('f', 1, k=2)))
for f in [lambda: attrgetter(1), lambda: itemgetter(), lambda: methodcaller(), lambda: methodcaller(3), lambda: operator.concat(1, 2),
          lambda: operator.indexOf([1], 2), lambda: index(1.5), lambda: attrgetter('nope')(1), lambda: itemgetter(5)([1])]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
rows = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(slice(1, None))('abc'), attrgetter('real')(3), methodcaller('split', ',')('a,b'))
print(add(1, 2), operator.mul('a', 3), operator.truediv(1, 2), operator.floordiv(-7, 2), operator.neg(5), index(True))
print(operator.lt(1, 2), operator.not_([]), operator.truth(0), operator.is_(None, None), operator.contains('abc', 'b'))
print(operator.countOf([1, 1.0, True, 2], 1), operator.indexOf('abc', 'c'), operator.concat([1], [2]), operator.getitem({'k': 1}, 'k'))
l = [1]; print(operator.iadd(l, [2]), l, operator.iadd((1,), (2,)), operator.ipow(2, 10), operator.call(max, 3, 4))
d = {}; operator.setitem(d, 'a', 1); operator.delitem(d, 'a'); print(d, operator.invert(5), operator.inv(0), operator.xor(6, 3))
class P:
    def __init__(self): self.child = self; self.name = 'p'
print(attrgetter('child.child.name', 'name')(P()))
print(operator.pow(2, -1), operator.mod(-7, 3), operator.lshift(1, 70), operator.and_(12, 10), operator.or_(12, 3))
