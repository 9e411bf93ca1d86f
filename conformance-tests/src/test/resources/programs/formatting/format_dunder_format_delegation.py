class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        value = self.cents / 100
        return format(value, spec or ".2f") + " EUR"
m = Money(12345)
print(f"{m}", f"{m:,.1f}", "{:>12.0f}".format(m), format(m, "e"))
