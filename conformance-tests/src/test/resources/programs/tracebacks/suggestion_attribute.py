# An uncaught AttributeError ends with CPython 3.11's "Did you mean" suggestion, searched in
# dir() of the object; str(e) and repr(e) show none. Chained, each has its own.
class Point:
    def __init__(self):
        self.value = 1
        self.total = 2

    def move(self):
        return self.valeu


p = Point()
try:
    p.totl
except AttributeError as e:
    print("caught:", e)
try:
    "a".uper()
except AttributeError as e:
    print("caught:", repr(e))
try:
    p.mov()
except AttributeError:
    try:
        [].apend(1)
    except AttributeError:
        Point.mve
    finally:
        print("finally")
