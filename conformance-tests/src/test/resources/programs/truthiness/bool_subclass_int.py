print(isinstance(False, int), issubclass(bool, int), bool.__mro__ if False else bool.__bases__)
print(True + 0.5, True << 3, False ** 0, True / True)
print({0: "zero", False: "false"}, {True: 1, 1.0: 2})
print(["a", "b"][True], "abc"[False])
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
