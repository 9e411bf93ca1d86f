def f(x):
    print("f", x)
    return x % 2 == 0
result = [x * 10 for x in range(5) if f(x)]
print(result)
print(sum(x for x in range(5) if f(x)))
