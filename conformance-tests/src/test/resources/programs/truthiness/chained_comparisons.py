calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
print(1 < 2 > 0 != 5 == 5, 1 == 1.0 != None, "a" < "b" <= "b" < "ba")
x = 5
print(0 <= x < 10, 0 <= x < 5, x in [5] in [[5]])
