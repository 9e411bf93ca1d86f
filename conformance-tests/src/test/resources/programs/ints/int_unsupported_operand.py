try:
    print(1 + "1")
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * 2.0)
except TypeError as e:
    print("TypeError:", e)
print(3 * "ab", [0] * 3, "x" * -1)
x = 5 - None
