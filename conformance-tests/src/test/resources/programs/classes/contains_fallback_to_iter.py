class OnlyIter:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter())
