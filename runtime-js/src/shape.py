class R:
    def __str__(self):
        return "x" + format(self)
print(R())
