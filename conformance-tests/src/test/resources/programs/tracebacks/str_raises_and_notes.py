# An exception whose __str__ raises is printed as "<exception str() failed>"; notes follow the
# exception line.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no str")


try:
    raise Broken()
except Broken as e:
    err = ValueError("with notes")
    err.add_note("first note")
    err.add_note("second\nnote")
    raise err
