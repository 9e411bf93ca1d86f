# range() with bounds past 2**53: indexing with a big index, reversed(), len() overflow.
r = range(2**64)
print(r[2**63], r[-1], r[-2**63])
print(next(reversed(r)), list(reversed(range(2**64, 2**64 + 3))))
print(range(0, 2**70, 2**60)[5], len(range(0, 2**70, 2**60)))
print(2**63 in r, r.index(2**60), range(-2**64, 0)[2**63])
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
try:
    r[2**64]
except IndexError as e:
    print("IndexError", e)
