for exc in (ZeroDivisionError, KeyError, IndexError, FileNotFoundError, RecursionError, UnicodeDecodeError, StopIteration, KeyboardInterrupt, ModuleNotFoundError, NotImplementedError):
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
print(issubclass(bool, Exception), issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
