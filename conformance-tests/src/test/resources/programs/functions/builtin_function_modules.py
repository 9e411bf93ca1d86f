# __module__ of built-in functions: 'builtins' for the builtins, the module's name for sys's and math's.
import sys, math, builtins
names = ['abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'delattr', 'dir', 'divmod', 'format', 'getattr', 'hasattr', 'hash', 'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter', 'len', 'max', 'min', 'next', 'oct', 'ord', 'pow', 'print', 'repr', 'round', 'setattr', 'sorted', 'sum', 'vars']
print([(n, getattr(builtins, n).__module__) for n in names])
print([(n, getattr(sys, n).__module__) for n in ["exit", "getrecursionlimit", "setrecursionlimit", "exc_info", "exception", "getdefaultencoding", "get_int_max_str_digits", "set_int_max_str_digits"]])
print(math.floor.__module__, len.__module__, print.__module__)
def f(): pass
print(f.__module__, (lambda: 0).__module__, int.__module__, type(len).__module__)
