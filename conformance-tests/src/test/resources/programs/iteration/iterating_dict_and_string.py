d = {"b": 2, "a": 1}
for k in d:
    print(k, d[k])
for i, ch in enumerate("héy"):
    print(i, ch)
for k, v in sorted(d.items(), key=lambda kv: kv[1]):
    print(k, v)
