class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
    def __bool__(self):
        return False
print(bool(Empty()), bool(Full()), not Empty(), [x for x in (Empty(), Full(), 1) if x])
