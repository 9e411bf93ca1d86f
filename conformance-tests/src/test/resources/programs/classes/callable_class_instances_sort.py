class ByLen:
    def __call__(self, s):
        return len(s)
words = ["ccc", "a", "bb", "dddd"]
print(sorted(words, key=ByLen()), max(words, key=ByLen()))
