class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(et, repr(ev), tb is not None)
        return True
with Inspect():
    raise TypeError("details")
with Inspect():
    pass
