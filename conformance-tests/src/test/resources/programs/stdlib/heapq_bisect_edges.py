import heapq
import bisect
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge
h = []
for x in [5, 1, 4, 1, 3, 9, 2]:
    heappush(h, x)
print(h, [heappop(h) for _ in range(3)], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1]
heapify(data); print(data, heapreplace(data, 10), data, heappushpop(data, 0), heappushpop([], 1))
for f, a in [(heappop, ([],)), (heappush, ((), 1)), (heapify, ((),)), (heapreplace, ([], 1)), (heappushpop, ((), 1)), (heappop, ((1,),))]:
    try: f(*a)
    except Exception as e: print(type(e).__name__, e)
print(nlargest(3, [1, 8, 3, 9, 4]), nsmallest(2, 'hello'), nlargest(2, [(1, 'a'), (1, 'b'), (0, 'c')], key=lambda t: t[0]))
print(nsmallest(1, []), nlargest(0, [1]), nsmallest(10, range(3)), nlargest(2, iter([3, 1, 2])), nsmallest(-1, [1]))
print(list(merge([1, 4, 7], [2, 5], [3, 6, 9])), list(merge(['b', 'a'], ['c'], key=str.upper, reverse=True)), list(merge()))
class K:
    def __init__(self, v, tag): self.v, self.tag = v, tag
    def __lt__(self, o): return self.v < o.v
big = [K(i % 7, i) for i in range(3000)]
heapify(big); print([k.tag for k in big[:12]], [heappop(big).tag for _ in range(8)])
mx = [(i % 5, i) for i in range(2600)]
print(nlargest(4, mx), nsmallest(4, mx, key=lambda t: t[0]))
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
bisect.insort(a, 2); bisect.insort_left(a, 0); bisect.insort_right(a, 9); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
try: bisect.bisect_left(a, 1, -1)
except ValueError as e: print('ValueError', e)
try: bisect.bisect([1, 'a'], 2)
except TypeError as e: print('TypeError', e)
