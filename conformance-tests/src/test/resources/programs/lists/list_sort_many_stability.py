import itertools
records = [(i % 7, i) for i in range(50)]
out = sorted(records, key=lambda r: r[0])
print(all(out[i][1] < out[i + 1][1] for i in range(len(out) - 1) if out[i][0] == out[i + 1][0]))
print(out[:8])
print([k for k, _ in itertools.groupby(out, key=lambda r: r[0])])
