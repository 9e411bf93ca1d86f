// The `builtins` module: the same objects the generated code reads for builtin names
// (codegen-js BuiltinNames), so `builtins.max is max` and `builtins.zip is zip` (the class).
// `super()` and `vars()` without arguments read the caller's frame, which a call through the
// module cannot: they raise there. `globals`, `locals`, `exec`, `eval` and `compile` are forms
// the compiler sees (or routes to the Pyodide fallback); `bytearray`, `memoryview`, `aiter`,
// `anext`, `breakpoint` and `help` are not implemented: none of these is in the module.

import { PyModule } from '../internals/attribute.js';
import { print, input } from '../builtins/io.js';
import { enumerateType as enumerate, zipType as zip, mapType as map, filterType as filter, reversedType as reversed, sorted, any, all, sum, min, max, iter, next } from '../builtins/iteration.js';
import { abs, round, divmod, pow, hex, oct, bin, chr, ord } from '../builtins/numeric.js';
import { isinstance, issubclass, getattr, setattr, delattr, hasattr, callable, id, hash, repr, ascii, format, vars, property, staticmethod, classmethod, superType } from '../builtins/reflection.js';
import { open } from '../builtins/open.js';
import { len } from '../internals/protocols.js';
import { dir } from '../builtins/dir.js';
import { complex } from '../types/complex.js';
import { BaseExceptionGroup, ExceptionGroup } from '../types/exception-group.js';
import { object, type, int, float, bool, str, bytes, list, tuple, dict, set, frozenset, range, slice, NotImplemented, Ellipsis, BaseException, Exception, SystemExit, KeyboardInterrupt, GeneratorExit, StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError, FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError, TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError, SyntaxError, IndentationError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning, UserWarning, DeprecationWarning, RuntimeWarning, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, InterruptedError, ProcessLookupError, EnvironmentError, IOError, TabError, SyntaxWarning, FutureWarning, PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning } from '../builtins/types.js';
import { builtinsName, builtinsDoc } from './builtins-dunders.js';
import { exit, quitObject as quit, __debug__ } from '../builtins/site.js';

const attrs = Object.assign(Object.create(null), {
  print, input, enumerate, zip, map, filter, reversed, sorted,
  any, all, sum, min, max, iter, next, abs,
  round, divmod, pow, hex, oct, bin, chr, ord,
  isinstance, issubclass, getattr, setattr, delattr, hasattr, callable, id,
  hash, repr, ascii, format, vars, property, staticmethod, classmethod, super: superType, open, len, dir,
  complex, BaseExceptionGroup, ExceptionGroup, object, type, int, float, bool,
  str, bytes, list, tuple, dict, set, frozenset, range,
  slice, NotImplemented, Ellipsis, BaseException, Exception, SystemExit, KeyboardInterrupt, GeneratorExit,
  StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
  BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
  NameError, UnboundLocalError, OSError, FileNotFoundError, FileExistsError, PermissionError, IsADirectoryError, NotADirectoryError,
  TimeoutError, ReferenceError, RuntimeError, NotImplementedError, RecursionError, SyntaxError, IndentationError, SystemError,
  TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning, UserWarning, DeprecationWarning,
  RuntimeWarning, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, InterruptedError, ProcessLookupError, EnvironmentError, IOError, TabError, SyntaxWarning, FutureWarning, PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning,
  exit, quit, __debug__,
});
attrs.__name__ = builtinsName;
attrs.__doc__ = builtinsDoc;

export const builtins = new PyModule('builtins', attrs);
// CPython's repr: `<module 'builtins' (built-in)>`.
builtins.$builtIn = true;
