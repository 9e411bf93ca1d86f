print(True, False, repr(True), str(False), True is True, not True)
print(True and 3, 0 and 3, 0 or "x", "" or [] or None, 1 or 2)
print(bool("False"), bool(0j) if False else "nocomplex", int(True), float(False))
print(True < 2, False < True, sorted([True, False, 0, 1]))
