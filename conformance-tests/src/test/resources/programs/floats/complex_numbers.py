print(1j, 2.5j, -1j, 1 + 2j, 1.5 - 0j, (1+2j) * (3-4j), (1+2j) / (3-4j), 1j ** 2, (1+1j) ** 10, 2 ** 1j)
print(complex(), complex(1), complex(1, 2), complex("1+2j"), complex(" (3-4.5j) "), complex("j"), complex("-j"), complex("1e3"), complex("inf-nanj"))
print(complex(1j, 1j), complex(real=2, imag=3), complex(2.5), complex(True), abs(3+4j), abs(-2j), (3+4j).conjugate(), (3+4j).real, (3+4j).imag)
print(repr(complex(0.0, 0.0)), repr(complex(-0.0, 0.0)), repr(complex(-0.0, -0.0)), complex(1e16, 1e-5), complex(float("inf"), float("nan")))
print(1j == 1j, 1 + 0j == 1, 1.5 + 0j == 1.5, 1j != 1, hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(1+2j), hash(-1.5-3j))
print({1: "one"}[1 + 0j], {1 + 0j: "c"}[1], {1j: "j"}[1j], bool(0j), bool(1j), -(1+2j), +(1+2j), type(1j).__name__, isinstance(1j, complex))
print(f"{1+2j}", f"{1+2j:.2f}", f"{1.5-2j:>20}", f"{1j:g}", f"{3+4j:e}", f"{3+4j:^30.3}", format(2j, ""), str(1+1j), "%s %r" % (1j, 2j))
print(sum([1j, 2, 3.5]), 2 * 1j, 1j * 2, 1 - 1j, 1.5 + 1j, True + 1j, 0j ** 0, (2+0j) ** -1, (1+2j) ** 0.5)
for bad in [lambda: 1j < 2j, lambda: 1j // 2, lambda: 1j % 2, lambda: 1 / 0j, lambda: 0j ** -1, lambda: complex("1 + 2j"),
            lambda: complex("abc"), lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]), lambda: int(1j),
            lambda: float(1j), lambda: pow(1j, 2, 3), lambda: round(1j), lambda: f"{1j:010}", lambda: f"{1j:=10}",
            lambda: f"{1j:#}", lambda: f"{1j:d}", lambda: 1j > 1, lambda: divmod(1j, 2), lambda: (10+10j) ** 1000]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 5j
print(complex(C()), sorted([3j, 1j], key=abs), max([1+1j, 3j], key=lambda z: z.imag), [x.real for x in [1j, 2+0j]])
