# list.index and tuple.index take their start and stop as slice indices: integers or __index__,
# never None.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class One:
    def __index__(self):
        return 1


a = [3, 1, 2, 1]
t = tuple(a)
for seq in (a, t):
    show(lambda: seq.index(1, 'a'))
    show(lambda: seq.index(1, None))
    show(lambda: seq.index(1, 0, None))
    show(lambda: seq.index(1, 2.0))
    show(lambda: seq.index(1, One()))
    show(lambda: seq.index(1, 2, One()))
    show(lambda: seq.index(1, -2))
    show(lambda: seq.index(1, 2**70))
    show(lambda: seq.index(1, -2**70, 2**70))
    show(lambda: seq.index(1, True))
show(lambda: slice(1, 2).indices(-1))
show(lambda: slice(1, 2).indices(0))
show(lambda: slice(None, None, -1).indices(5))
show(lambda: slice(1, 2).indices(One()))
