primes = {p for p in range(2, 50) if all(p % d for d in range(2, p))}
odds = set(range(1, 50, 2))
print(sorted(primes - odds), sorted(primes & {2, 3, 4}), len(primes))
s = {1, 2, 3}
s |= {4}; s &= {1, 2, 4, 5}; s -= {1}; s ^= {9, 2}
print(s)
