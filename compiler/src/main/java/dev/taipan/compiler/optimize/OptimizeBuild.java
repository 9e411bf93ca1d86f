package dev.taipan.compiler.optimize;

import dev.taipan.compiler.CompileException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The optimisation step of a build: replaces the emitted modules and runtime files by one
 * bundle, {@code <entry>.js}, with its source map beside it.
 */
public final class OptimizeBuild {
  private OptimizeBuild() {}

  /** The build's files once bundled: path inside the build directory -> content. */
  public static TreeMap<String, String> bundle(Map<String, String> outputs, String entryJs) throws CompileException {
    String name = entryJs.substring(entryJs.lastIndexOf('/') + 1);
    BundleWithClosure.Bundle b = BundleWithClosure.bundle(outputs, entryJs, name);
    TreeMap<String, String> out = new TreeMap<>();
    out.put(entryJs, b.js() + "//# sourceMappingURL=" + name + ".map\n");
    out.put(entryJs + ".map", b.sourceMap());
    return out;
  }
}
