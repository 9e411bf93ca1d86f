# A single non-tuple argument to % (a dict or list too) serves one unkeyed conversion; a
# keyed conversion leaves no positional argument behind.
def t(f):
    try:
        print(repr(f()))
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)

t(lambda: "%s" % {"a": 1})
t(lambda: "%s %(a)s" % {"a": 1})
t(lambda: "%(a)s %s" % {"a": 1})
t(lambda: "%(a)s %(a)r" % {"a": "x"})
t(lambda: "%s %s" % [1, 2])
t(lambda: "%s" % [1, 2])
t(lambda: "x" % {})
t(lambda: "x" % [])
t(lambda: "%*s" % {"a": 1})
t(lambda: b"%s %s" % {b"a": 1})
t(lambda: b"%(a)s %s" % {b"a": 1})
t(lambda: "{:<3c}|{:>4c}|{:^5c}|".format(0x1F600, 0x1F600, 65))
t(lambda: format(0x10348, "=3c") + "|")
