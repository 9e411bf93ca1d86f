package dev.taipan.codegen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Where each Python builtin lives in the runtime: the file and the export name. */
public final class BuiltinNames {
  /** A runtime export. */
  public record Export(String file, String name) {}

  private static final Map<String, Export> NAMES = new HashMap<>();

  /**
   * Builtins that are classes in CPython but whose direct calls compile to a runtime function:
   * as a value (`print(zip)`, `isinstance(x, map)`, `f = enumerate`) the name is the class object.
   */
  private static final Map<String, Export> CLASS_VALUES = Map.of(
      "enumerate", new Export("builtins/iteration.js", "enumerateType"),
      "zip", new Export("builtins/iteration.js", "zipType"),
      "map", new Export("builtins/iteration.js", "mapType"),
      "filter", new Export("builtins/iteration.js", "filterType"),
      "reversed", new Export("builtins/iteration.js", "reversedType"),
      "super", new Export("builtins/reflection.js", "superType"));

  private static void add(String file, List<String> names) {
    for (String n : names) {
      NAMES.put(n, new Export(file, n));
    }
  }

  /** A builtin exported from {@code file} under another name (a JS keyword or a taken name). */
  private static void alias(String file, String name, String export) {
    NAMES.put(name, new Export(file, export));
  }

  static {
    add("builtins/io.js", List.of("print", "input"));
    add("builtins/open.js", List.of("open"));
    add(
        "builtins/iteration.js",
        List.of("enumerate", "zip", "map", "filter", "reversed", "sorted", "any", "all", "sum", "min", "max", "iter", "next"));
    add("builtins/numeric.js", List.of("abs", "round", "divmod", "pow", "hex", "oct", "bin", "chr", "ord"));
    add(
        "builtins/reflection.js",
        List.of(
            "isinstance", "issubclass", "getattr", "setattr", "delattr", "hasattr", "callable", "id",
            "hash", "repr", "ascii", "format", "vars", "property", "staticmethod", "classmethod", "super"));
    add("internals/protocols.js", List.of("len"));
    add("builtins/dir.js", List.of("dir"));
    add("types/complex.js", List.of("complex"));
    add("types/exception-group.js", List.of("BaseExceptionGroup", "ExceptionGroup"));
    add(
        "builtins/types.js",
        List.of(
            "object", "type", "int", "float", "bool", "str", "bytes", "list", "tuple", "dict", "set",
            "frozenset", "range", "slice", "NotImplemented", "Ellipsis",
            "BaseException", "Exception", "SystemExit", "KeyboardInterrupt", "GeneratorExit",
            "StopIteration", "StopAsyncIteration", "ArithmeticError", "FloatingPointError",
            "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError", "BufferError",
            "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
            "MemoryError", "NameError", "UnboundLocalError", "OSError", "FileNotFoundError",
            "FileExistsError", "PermissionError", "IsADirectoryError", "NotADirectoryError",
            "TimeoutError", "ReferenceError", "RuntimeError", "NotImplementedError", "RecursionError",
            "SyntaxError", "IndentationError", "SystemError", "TypeError", "ValueError",
            "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "Warning", "UserWarning",
            "DeprecationWarning", "RuntimeWarning", "BlockingIOError", "ChildProcessError",
            "ConnectionError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
            "ConnectionResetError", "InterruptedError", "ProcessLookupError", "EnvironmentError", "IOError",
            "TabError", "SyntaxWarning", "FutureWarning", "PendingDeprecationWarning", "ImportWarning",
            "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"));
    add("builtins/site.js", List.of("exit", "__debug__"));
    alias("builtins/site.js", "quit", "quitObject");
    // Module dunders that builtins also holds: a module that deletes its own reads these.
    alias("modules/builtins-dunders.js", "__name__", "builtinsName");
    alias("modules/builtins-dunders.js", "__doc__", "builtinsDoc");
  }

  private BuiltinNames() {}

  /** The runtime export of a builtin name, or null if Taipan does not provide it. */
  public static Export lookup(String name) {
    return NAMES.get(name);
  }

  /** The runtime export a builtin name is as a value (not the callee of a direct call), or null. */
  public static Export lookupValue(String name) {
    Export c = CLASS_VALUES.get(name);
    return c != null ? c : NAMES.get(name);
  }
}
