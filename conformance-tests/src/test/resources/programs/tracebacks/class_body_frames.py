# An exception raised while a class body runs shows the class body's own frame, named for the
# class, under the frame that runs the class statement (nested classes: one frame each).
def make(key):
    class Outer:
        size = 1

        class Inner:
            table = {"a": 1}
            value = table[key]

    return Outer


try:
    make("b")
except KeyError as e:
    print("caught", repr(e))


def deco(c):
    return c


@deco
class Plain(
    object):
    ok = make("a").Inner.value
    missing = make("c")
