print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or [], None or 0 or "last", [] and 1/0)
x = [] or {} or "default"
print(x, (0 or None) is None, ("" and "no") == "")
