data = [3, 0, 5, 0, 7]
out = []
i = 0
while (n := data[i] if i < len(data) else None) is not None:
    if not n:
        out.append("zero")
    else:
        out.append(n)
    i += 1
print(out, n)
