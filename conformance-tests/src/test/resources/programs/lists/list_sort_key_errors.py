data = [{"n": 2}, {"n": 1}, {"m": 3}]
try:
    data.sort(key=lambda d: d["n"])
except KeyError as e:
    print("KeyError:", e)
print(data)
