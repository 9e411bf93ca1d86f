a, b = 0, 5
print(not not a, not a == b, not (a == b), (not a) == b, not a < b, a is not None)
print(not [], not [[]], not "0", -(-a), ~(~b))
