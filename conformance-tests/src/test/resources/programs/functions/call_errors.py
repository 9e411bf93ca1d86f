def f(a, b):
    return a + b
for args, kwargs in [((1,), {}), ((1, 2, 3), {}), ((1,), {"c": 2}), ((), {"a": 1, "b": 2, "a2": 3})]:
    try:
        f(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
try:
    f(1, 2)(3)
except TypeError as e:
    print("TypeError:", e)
