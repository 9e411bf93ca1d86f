def f(**kw):
    return kw
print(f(**{"not an identifier": 1, "2x": 2}))
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
