class C:
    factor = 3
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    try:
        tripled = [v * factor for v in items]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
