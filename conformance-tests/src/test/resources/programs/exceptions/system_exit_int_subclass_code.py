# An int subclass is an int exit code, and an assigned code replaces the argument's.
class Status(int):
    pass


e = SystemExit(Status(1))
print(type(e.code).__name__)
e.code = Status(263)
raise e
