a = 5
s = f"""line {a}
  second {a * 2!s:>4}
{'q'}"""
print(s)
print(f'{"double"}', f"{'single'}", f"{a!r:*>5}")
