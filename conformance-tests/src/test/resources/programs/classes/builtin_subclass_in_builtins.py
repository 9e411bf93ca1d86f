import math, json
class N(int):
    pass
class F(float):
    pass
n = N(65)
print(chr(n), hex(n), oct(n), bin(n), "%d|%x|%5.1f" % (n, n, F(2.5)), "{:>5}".format(n), math.sqrt(N(16)), math.floor(F(2.5)))
print(round(F(2.567), 1), int(F(3.9)), float(N(3)), divmod(F(7.5), 2), pow(N(2), 10, 1000), abs(F(-2.5)), -F(1.5), n.to_bytes(2, "big"))
print(json.dumps([N(1), F(1.5)]), sorted({N(2): "a", 1: "b"}.items()), [0, 1, 2][N(1):], list(range(10))[N(2):N(8):N(2)])
print(max(F(1.5), 2), min(N(3), 2.5), sum([F(0.5), N(1)]), N(7).bit_length(), F(0.5).as_integer_ratio(), F(2.0).is_integer())
print(str(N(5)), repr(F(0.1)), format(N(5), "08b"), f"{F(3.14159):.2f}", N("12"), N("ff", 16), F("1e3"), bool(F(0.0)))
t = (1, 2)
class T(tuple):
    pass
print(T(t) + t, t + T(t), "%s,%s" % T(t), max(T((1, 2)), (1, 3)), T(x for x in range(3)), list(reversed(T((1, 2, 3)))), sorted(T((3, 1))))
