class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("cleanup ran")
with CM():
    raise ValueError("escapes the with block")
