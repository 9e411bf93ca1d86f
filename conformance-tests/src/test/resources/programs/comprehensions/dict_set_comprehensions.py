words = ["apple", "bob", "civic", "dog", "eve"]
print({w: w == w[::-1] for w in words})
print({len(w) for w in words}, {w[0]: w for w in words})
print({k: v for k, v in zip(range(5), "abcde") if k % 2})
