# Names of builtins the runtime lacks (dir, help, anext) stay transpiled when the program binds them.
def f(dir, help=2):
    return dir + help


print(f(1))
dir = 5
print(dir)


def g():
    anext = [1, 2]
    return anext[-1]


print(g())
