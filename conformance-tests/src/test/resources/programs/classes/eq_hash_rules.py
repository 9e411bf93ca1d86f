class OnlyEq:
    def __eq__(self, o):
        return True
class Both:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 1
class Child(Both):
    def __eq__(self, o):
        return False
print(OnlyEq.__hash__ is None, Both.__hash__ is not None, Child.__hash__ is None)
print(len({Both(), Both()}))
try:
    hash(Child())
except TypeError as e:
    print("TypeError:", e)
