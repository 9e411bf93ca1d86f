out = []
for i in range(4):
    try:
        if i % 2:
            continue
        out.append(i)
    finally:
        out.append(f"f{i}")
print(out)
def gen_count():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("cleanup", n)
print(gen_count())
