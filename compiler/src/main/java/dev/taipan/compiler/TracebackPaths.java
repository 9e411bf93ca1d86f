package dev.taipan.compiler;

import java.nio.file.Path;

/**
 * The path a traceback shows for a module, whether it is transpiled (its position table) or
 * runs in Pyodide (its code object's file name): the entry as the build was given it, and a
 * module beside it on the entry's path; from an absolute entry, in its normalised directory, as
 * CPython's {@code sys.path[0]}.
 */
public final class TracebackPaths {
  private TracebackPaths() {}

  /** The shown path of the entry itself. */
  public static String entry(Path entry) {
    return entry.toString().replace('\\', '/');
  }

  /** The shown path of {@code file}, a module found under {@code base}, the entry's directory. */
  public static String besideEntry(Path entry, Path base, Path file) {
    Path rel = base.relativize(file.toAbsolutePath().normalize());
    Path dir = entry.isAbsolute() ? base : entry.getParent();
    return (dir == null ? rel : dir.resolve(rel)).toString().replace('\\', '/');
  }
}
