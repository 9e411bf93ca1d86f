def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *"ab", 3, **{"x": 1}, y=2, **dict(z=3)))
print([*range(3), *"hi", *{1: 2}], (*[1], 2), {*[1, 2], 2, 3}, {**{"a": 1}, "b": 2})
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print("TypeError:", e)
