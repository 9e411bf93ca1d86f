print(sum([i * i for i in range(10000)]), len({i % 97 for i in range(10000)}))
print(max(x * (10000 - x) for x in range(10000)))
