import hashlib
import util
print(hashlib.md5(b"x").hexdigest())
c = util.Counter(1)
print(c.inc(by=2), c)
print(util.square(2**40), util.square(1.5), util.square(3.0))
print(util.mapped({"a": 1, "b": (1, 2)}))
xs = [1, 2]
util.append_to(xs, 3)
print(xs)
try:
    util.boom()
except KeyError as e:
    print("caught", repr(e))
util.boom()
