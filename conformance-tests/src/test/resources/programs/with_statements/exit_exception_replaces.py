class Raiser:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise KeyError("from exit")
try:
    with Raiser():
        raise ValueError("body")
except KeyError as e:
    print(repr(e), repr(e.__context__))
