# exit()/quit() from site, __debug__, and the OSError subclasses and warnings CPython builds in.
import builtins
print(repr(exit), repr(quit), type(exit).__name__, __debug__, builtins.exit is exit)
print(IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError), ConnectionError.__mro__)
print(type(OSError(32, "pipe")).__name__, type(OSError(11, "again")).__name__, type(OSError(111, "refused")).__name__, OSError(3, "x"))
for e in (TabError, SyntaxWarning, FutureWarning, PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning, ProcessLookupError, InterruptedError, ChildProcessError, BlockingIOError):
    print(e.__name__, e.__mro__[1].__name__)
try:
    raise ConnectionResetError(104, "reset by peer")
except ConnectionError as e:
    print(type(e).__name__, e.errno, e.strerror, e)
def f():
    try:
        exit(0)
    except SystemExit as e:
        print("caught", e.code)
    try:
        quit(code="bye")
    except SystemExit as e:
        print("caught", e.code)
f()
print("before")
exit(3)
print("not reached")
