// CPython 3.11's docstrings of the builtin functions (`abs.__doc__`), loaded by the modules
// that read a `__doc__` attribute. Regenerate with test/golden/builtin_docs.py.

import { print, input } from '../builtins/io.js';
import { sorted, any, all, sum, min, max, iter, next } from '../builtins/iteration.js';
import { abs, round, divmod, pow, hex, oct, bin, chr, ord } from '../builtins/numeric.js';
import { isinstance, issubclass, getattr, setattr, delattr, hasattr, callable, id, hash, repr, ascii, format } from '../builtins/reflection.js';
import { len } from '../internals/protocols.js';

print.__doc__ = "Prints the values to a stream, or to sys.stdout by default.\n\n  sep\n    string inserted between values, default a space.\n  end\n    string appended after the last value, default a newline.\n  file\n    a file-like object (stream); defaults to the current sys.stdout.\n  flush\n    whether to forcibly flush the stream.";
input.__doc__ = "Read a string from standard input.  The trailing newline is stripped.\n\nThe prompt string, if given, is printed to standard output without a\ntrailing newline before reading input.\n\nIf the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\nOn *nix systems, readline is used if available.";
sorted.__doc__ = "Return a new list containing all items from the iterable in ascending order.\n\nA custom key function can be supplied to customize the sort order, and the\nreverse flag can be set to request the result in descending order.";
any.__doc__ = "Return True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False.";
all.__doc__ = "Return True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True.";
sum.__doc__ = "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n\nWhen the iterable is empty, return the start value.\nThis function is intended specifically for use with numeric values and may\nreject non-numeric types.";
min.__doc__ = "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its smallest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more arguments, return the smallest argument.";
max.__doc__ = "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its biggest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more arguments, return the largest argument.";
iter.__doc__ = "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.  In the first form, the argument must\nsupply its own iterator, or be a sequence.\nIn the second form, the callable is called until it returns the sentinel.";
next.__doc__ = "next(iterator[, default])\n\nReturn the next item from the iterator. If default is given and the iterator\nis exhausted, it is returned instead of raising StopIteration.";
abs.__doc__ = "Return the absolute value of the argument.";
round.__doc__ = "Round a number to a given precision in decimal digits.\n\nThe return value is an integer if ndigits is omitted or None.  Otherwise\nthe return value has the same type as the number.  ndigits may be negative.";
divmod.__doc__ = "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.";
pow.__doc__ = "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\nSome types, such as ints, are able to use a more efficient algorithm when\ninvoked using the three argument form.";
hex.__doc__ = "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'";
oct.__doc__ = "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'";
bin.__doc__ = "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'";
chr.__doc__ = "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.";
ord.__doc__ = "Return the Unicode code point for a one-character string.";
isinstance.__doc__ = "Return whether an object is an instance of a class or of a subclass thereof.\n\nA tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\nor ...`` etc.";
issubclass.__doc__ = "Return whether 'cls' is derived from another class or is the same class.\n\nA tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)\nor ...``.";
getattr.__doc__ = "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\nWhen a default argument is given, it is returned when the attribute doesn't\nexist; without it, an exception is raised in that case.";
setattr.__doc__ = "Sets the named attribute on the given object to the specified value.\n\nsetattr(x, 'y', v) is equivalent to ``x.y = v``";
delattr.__doc__ = "Deletes the named attribute from the given object.\n\ndelattr(x, 'y') is equivalent to ``del x.y``";
hasattr.__doc__ = "Return whether the object has an attribute with the given name.\n\nThis is done by calling getattr(obj, name) and catching AttributeError.";
callable.__doc__ = "Return whether the object is callable (i.e., some kind of function).\n\nNote that classes are callable, as are instances of classes with a\n__call__() method.";
id.__doc__ = "Return the identity of an object.\n\nThis is guaranteed to be unique among simultaneously existing objects.\n(CPython uses the object's memory address.)";
hash.__doc__ = "Return the hash value for the given object.\n\nTwo objects that compare equal must also have the same hash value, but the\nreverse is not necessarily true.";
repr.__doc__ = "Return the canonical string representation of the object.\n\nFor many object types, including most builtins, eval(repr(obj)) == obj.";
ascii.__doc__ = "Return an ASCII-only representation of an object.\n\nAs repr(), return a string containing a printable representation of an\nobject, but escape the non-ASCII characters in the string returned by\nrepr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar\nto that returned by repr() in Python 2.";
format.__doc__ = "Return value.__format__(format_spec)\n\nformat_spec defaults to the empty string.\nSee the Format Specification Mini-Language section of help('FORMATTING') for\ndetails.";
len.__doc__ = "Return the number of items in a container.";
