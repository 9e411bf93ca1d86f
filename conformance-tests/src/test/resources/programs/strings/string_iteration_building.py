s = "héllo😀"
codes = []
for ch in s:
    codes.append(ord(ch))
print(codes)
print("".join(chr(c) for c in codes))
out = ""
for i, ch in enumerate(s):
    out += ch.upper() if i % 2 else ch
print(out, len(out))
