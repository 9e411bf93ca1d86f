print(int("42"), int("  -17  "), int("+8"), int("1_000_000"))
print(int("ff", 16), int("0xff", 16), int("0xFF", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Z1", 36))
print(int("123456789012345678901234567890"))
print(int(3.99), int(-3.99), int(True), int(1e20))
for s in ("", "1.5", "0x1g", "1__0", "٣"):
    try:
        print(repr(s), int(s, 0) if s.startswith("0x") else int(s))
    except ValueError as e:
        print("ValueError:", e)
