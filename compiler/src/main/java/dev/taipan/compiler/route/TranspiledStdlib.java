package dev.taipan.compiler.route;

import java.util.Set;

/**
 * The standard-library modules the Taipan runtime provides in JavaScript, in one place so the
 * set grows with runtime-js/src/modules/: importing any other stdlib module routes to Pyodide.
 */
public final class TranspiledStdlib {
  /** {@code __future__} is a compile-time directive the transpiler handles, not a runtime module. */
  public static final Set<String> MODULES = Set.of("sys", "math", "__future__");

  private TranspiledStdlib() {}

  public static boolean provides(String topLevelModule) {
    return MODULES.contains(topLevelModule);
  }
}
