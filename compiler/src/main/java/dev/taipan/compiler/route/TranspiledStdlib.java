package dev.taipan.compiler.route;

import dev.taipan.compiler.TaipanCompiler;
import dev.taipan.compiler.stdlib.ProvidedModules;
import java.util.Set;
import java.util.TreeSet;

/**
 * The standard-library modules a transpiled program may import (in JavaScript or compiled from
 * Python), read from the compiler's own table (ProvidedModules) so the router and the build
 * agree: importing any other stdlib module routes to Pyodide.
 */
public final class TranspiledStdlib {
  /** {@code __future__} is a compile-time directive the transpiler handles, not a runtime module. */
  public static final Set<String> MODULES = modules();

  private TranspiledStdlib() {}

  /** True when {@code dotted} ({@code itertools}, {@code collections.abc}) is provided. */
  public static boolean provides(String dotted) {
    return MODULES.contains(dotted);
  }

  /** The runtime file of a provided module ({@code modules/sys.js}), or null. */
  public static String runtimeFile(String dotted) {
    return TaipanCompiler.RUNTIME_MODULES.get(dotted);
  }

  private static Set<String> modules() {
    Set<String> s = new TreeSet<>();
    for (ProvidedModules.ProvidedModule m : ProvidedModules.all().values()) {
      if (!m.internal()) {
        s.add(m.name());
      }
    }
    s.add("__future__");
    return Set.copyOf(s);
  }
}
