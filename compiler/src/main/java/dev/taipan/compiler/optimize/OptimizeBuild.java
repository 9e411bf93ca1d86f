package dev.taipan.compiler.optimize;

import dev.taipan.compiler.CompileException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The optimisation step of a build: replaces the emitted modules and runtime files by one
 * bundle, {@code <entry>.js}, with its source map beside it and its traceback positions inside.
 */
public final class OptimizeBuild {
  /** The module Closure bundles from: registers the traceback table, then runs the program's entry. */
  private static final String BUNDLE_ENTRY = "taipan-bundle-entry.js";

  private OptimizeBuild() {}

  /** The build's files once bundled: path inside the build directory -> content. */
  public static TreeMap<String, String> bundle(Map<String, String> outputs, String entryJs) throws CompileException {
    String name = entryJs.substring(entryJs.lastIndexOf('/') + 1);
    Map<String, String> files = new TreeMap<>(outputs);
    TracebackPositions positions = TracebackPositions.extract(files);
    files.put(BUNDLE_ENTRY, TracebackPositions.entryModule(files, entryJs));
    BundleWithClosure.Bundle b = BundleWithClosure.bundle(files, BUNDLE_ENTRY, name);
    TreeMap<String, String> out = new TreeMap<>();
    out.put(entryJs, b.js() + positions.tableFunction(b.sourceMap()) + "//# sourceMappingURL=" + name + ".map\n");
    out.put(entryJs + ".map", b.sourceMap());
    return out;
  }
}
