print("{:>{w}}".format("r", w=5), "{0:{1}}|".format("ab", 6))
print("{0!r:>8} {0!s:<8}|".format("q"))
print("{a[0]} {b.imag} {c[key]}".format(a=[9], b=2, c={"key": "v"}))
print("{} {} {}".format(*"xyz"), "{0}{0}".format("-"))
try:
    print("{} {}".format(1))
except IndexError as e:
    print("IndexError:", e)
try:
    print("{x}".format(y=1))
except KeyError as e:
    print("KeyError:", e)
