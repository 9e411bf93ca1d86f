try:
    raise ValueError("x")
except ValueError as err:
    kept = err
try:
    print(err)
except NameError as e:
    print("NameError:", e)
print(repr(kept))
