for value in ([1, 2, 3], [1], "ab", 5):
    try:
        a, b = value
        print("ok", a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
