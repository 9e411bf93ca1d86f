# A __repr__ that calls repr() on itself: the repr() builtin's call and PyObject_Repr count
# against the limit with the frame, so CPython stops after 333 frames, with the message of the
# check that failed.
class Shown:
    def __repr__(self):
        return f"Shown({self!r})"


class Node:
    def __init__(self):
        self.me = self

    def __repr__(self):
        return "Node(" + repr(self.me) + ")"


class Text:
    def __str__(self):
        return f"<{self}>"


for thing in (Shown(), Text()):
    try:
        print(thing)
    except RecursionError as e:
        print(type(thing).__name__, e)

print(Node())
