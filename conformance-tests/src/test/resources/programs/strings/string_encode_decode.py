s = "héllo 😀"
b = s.encode("utf-8")
print(b, len(b), b.decode("utf-8") == s)
print(s.encode("ascii", errors="replace"), s.encode("ascii", "ignore"))
print(s.encode("utf-16-le")[:6], "abc".encode())
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
