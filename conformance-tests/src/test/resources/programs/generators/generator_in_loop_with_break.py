def squares():
    n = 0
    try:
        while True:
            yield n * n
            n += 1
    finally:
        print("cleanup at", n)
for s in squares():
    if s > 20:
        break
    print(s)
print("after")
