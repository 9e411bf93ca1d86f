s = "0123456789"
print(s[::3], s[1::3], s[::-2], s[8:2:-2], s[-2:-8:-3], s[2:8:-1], s[::-1][::-1])
print(s[slice(2, 5)], s[slice(None, None, -4)], s[:-1], s[-1:])
print(slice(1, 10, 2).indices(5))
