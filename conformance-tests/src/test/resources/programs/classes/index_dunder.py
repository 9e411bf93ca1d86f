class Idx:
    def __index__(self):
        return 2
lst = ["a", "b", "c", "d"]
print(lst[Idx()], lst[Idx():], bin(Idx()), range(Idx()), "xy" * Idx())
