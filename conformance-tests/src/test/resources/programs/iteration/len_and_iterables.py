print(len([1, 2]), len("😀x"), len({1: 2}), len(range(5, 1, -1)), len(b"ab"), len((1,)), len(set("aab")))
class L:
    def __len__(self):
        return 2 ** 70
try:
    len(L())
except OverflowError as e:
    print("OverflowError:", e)
