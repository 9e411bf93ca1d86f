package dev.taipan.compiler.route;

import dev.taipan.compiler.TaipanCompiler;
import java.util.Set;
import java.util.TreeSet;

/**
 * The standard-library modules the Taipan runtime provides in JavaScript, read from the
 * compiler's own table so the router and the build agree: importing any other stdlib module
 * routes to Pyodide.
 */
public final class TranspiledStdlib {
  /** {@code __future__} is a compile-time directive the transpiler handles, not a runtime module. */
  public static final Set<String> MODULES = modules();

  private TranspiledStdlib() {}

  public static boolean provides(String topLevelModule) {
    return MODULES.contains(topLevelModule);
  }

  /** The runtime file of a provided module ({@code modules/sys.js}), or null. */
  public static String runtimeFile(String dotted) {
    return TaipanCompiler.RUNTIME_MODULES.get(dotted);
  }

  private static Set<String> modules() {
    Set<String> s = new TreeSet<>(TaipanCompiler.RUNTIME_MODULES.keySet());
    s.add("__future__");
    return Set.copyOf(s);
  }
}
