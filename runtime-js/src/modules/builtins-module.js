// The `builtins` module: the same objects the generated code reads for builtin names
// (codegen-js BuiltinNames), so `builtins.max is max`. `super` and `vars` are left out: called
// as `builtins.super()` / `builtins.vars()` without arguments they read the caller's frame.

import { PyModule } from '../internals/attribute.js';
import { print, input } from '../builtins/io.js';
import { enumerate, zip, map, filter, reversed, sorted, any, all, sum, min, max, iter, next } from '../builtins/iteration.js';
import { abs, round, divmod, pow, hex, oct, bin, chr, ord } from '../builtins/numeric.js';
import { isinstance, issubclass, getattr, setattr, delattr, hasattr, callable, id, hash, repr, ascii, format, property, staticmethod, classmethod } from '../builtins/reflection.js';
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
  hash, repr, ascii, format, property, staticmethod, classmethod, len, dir,
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
