class CM:
    def __init__(self, n, swallow=False):
        self.n, self.swallow = n, swallow
    def __enter__(self):
        print("enter", self.n)
    def __exit__(self, et, ev, tb):
        print("exit", self.n, ev)
        return self.swallow
with CM(1, swallow=True):
    with CM(2):
        with CM(3):
            raise ValueError("deep")
print("done")
