# Module-level functions that call each other directly; importers rebind and delete them.
def f(x):
    return ("f", x)


def g(x):
    return f(x)


def squares():
    return [f(i) for i in range(3)]


def apply(make_arg):
    # CPython loads the global f before it evaluates the argument.
    return f(make_arg())


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
