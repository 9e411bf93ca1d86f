# SystemExit.code and StopIteration.value are writable members, set from the arguments when the
# exception is made; the exit status is the C long's low 8 bits, 255 for an int past a C long.
e = SystemExit(4)
del e.code
print(e.code)
e.args = (1,)
print(e.code, e.args)
e.code = "replaced"
print(e.code)
s = StopIteration(3)
s.value = 8
print(s.value, s.args)
del s.value
print(s.value)


def gen():
    return (yield)


g = gen()
next(g)
try:
    g.send(None)
except StopIteration as stop:
    stop.value = "changed"
    print(stop.value)

try:
    raise SystemExit(2**40 + 3)
except SystemExit as x:
    print(x.code)
raise SystemExit(2**63)
