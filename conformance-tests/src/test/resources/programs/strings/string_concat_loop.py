parts = []
for i in range(5):
    parts.append(str(i) * i)
s = "|".join(parts)
print(s, len(s))
acc = ""
for p in parts:
    acc = p + acc
print(acc)
print(s.swapcase(), s.isdigit(), s.strip("|"))
