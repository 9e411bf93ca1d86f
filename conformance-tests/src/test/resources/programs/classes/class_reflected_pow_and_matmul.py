class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return M(self.v * o.v)
    def __rpow__(self, base):
        return f"{base} ** M({self.v})"
    def __pow__(self, e, mod=None):
        return M(pow(self.v, e, mod))
    def __repr__(self):
        return f"M({self.v})"
print(M(2) @ M(3), 2 ** M(5), M(3) ** 2, pow(M(3), 2, 5))
