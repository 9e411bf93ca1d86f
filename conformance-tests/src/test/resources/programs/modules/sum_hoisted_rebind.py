# A sum() loop over a function with a raw-double entry point tests that the global still holds
# the function once per run of float elements: rebinding it from an element's __rmul__, from the
# replacement itself, to a function returning ints or to a non-callable must be seen by the very
# next element, and restoring it must give the original's results again.
from shg_mods import quot

original = quot.q
log = []


class Hook:
    def __init__(self, action, value=0.5):
        self.action = action
        self.value = value

    def __rmul__(self, other):
        log.append(("rmul", other))
        self.action()
        return self.value


def setting(f):
    return lambda: setattr(quot, "q", f)


def alt(i, j):
    return 100.0 + i + j


def alt_restoring(i, j):
    log.append(("alt_restoring", i, j))
    quot.q = original
    return -1.0


def alt_int(i, j):
    return i * 10 + j


calls = [0]


def alt_counting(i, j):
    calls[0] += 1
    quot.q = alt_counting if calls[0] < 3 else original
    return float(calls[0])


def show(label, value):
    print(label, repr(value), log[:], quot.q is original)
    log.clear()


show("before", quot.row(2, [1.5] * 6, 6))
show("rebound and restored", quot.row(2, [1.5, Hook(setting(alt)), 2.5, 3.5, Hook(setting(original)), 4.5, 5.5], 7))
show("restored by the replacement", quot.row(2, [1.5, Hook(setting(alt_restoring)), 2.5, 3.5, 4.5], 5))
show("ints", quot.row(1, [1.5, Hook(setting(alt_int)), 2, 3.5, 4, Hook(setting(original)), 2.5], 7))
show("rebinding itself", quot.row(0, [Hook(setting(alt_counting))] + [1.5] * 6, 7))
show("rows", quot.rows([1.5, 2.5, 3.5, Hook(setting(alt), 1.0), 4.5], 5))
show("plain while rebound", quot.plain(1, 4))
quot.q = original
show("plain", quot.plain(1, 4))
try:
    quot.row(1, [1.5, Hook(setting(5)), 2.5], 3)
except TypeError as e:
    show("TypeError", str(e))
quot.q = original
show("after", quot.row(2, [1.5] * 6, 6))
