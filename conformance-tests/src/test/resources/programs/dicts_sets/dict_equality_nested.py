a = {"k": [1, {"n": (1, 2)}]}
b = {"k": [1, {"n": (1, 2)}]}
print(a == b, a is b, a["k"][1] == b["k"][1])
b["k"][1]["n"] = (1, 2.0)
print(a == b)
try:
    print(a < b)
except TypeError as e:
    print("TypeError:", e)
