d = {i: i * i for i in range(5)}
d2 = {k: v for k, v in d.items() if v % 2 == 0}
d.update({k + 10: v for k, v in d2.items()})
print(d)
