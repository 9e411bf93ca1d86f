N = 2000
sieve = [True] * (N + 1)
sieve[0] = sieve[1] = False
for i in range(2, int(N ** 0.5) + 1):
    if sieve[i]:
        sieve[i * i::i] = [False] * len(sieve[i * i::i])
primes = [i for i, p in enumerate(sieve) if p]
print(len(primes), primes[:10], primes[-3:], sum(primes))
