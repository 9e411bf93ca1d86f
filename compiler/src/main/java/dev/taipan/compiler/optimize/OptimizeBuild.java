package dev.taipan.compiler.optimize;

import dev.taipan.compiler.CompileException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The optimisation step of a build: replaces the emitted modules and runtime files by one
 * bundle, {@code <entry>.js}, with its source map beside it and its traceback positions inside.
 */
public final class OptimizeBuild {
  /** The module Closure bundles from: registers the traceback table, then runs the program's entry. */
  private static final String BUNDLE_ENTRY = "taipan-bundle-entry.js";

  /** Closure's passes recurse over the tree: deep generated expressions need a deep stack, whoever calls. */
  private static final long STACK_BYTES = 1L << 29;

  private OptimizeBuild() {}

  /**
   * Closure Compiler stopped without a diagnostic (an exception inside it, or a tree too deep
   * even for {@link #STACK_BYTES}): the build keeps the unbundled layout and says why.
   */
  public static final class OptimizerCrash extends Exception {
    OptimizerCrash(Throwable cause) {
      super("the optimiser stopped (" + cause.getClass().getSimpleName() + ")", cause);
    }
  }

  /** The build's files once bundled: path inside the build directory -> content. */
  public static TreeMap<String, String> bundle(Map<String, String> outputs, String entryJs)
      throws CompileException, OptimizerCrash {
    return bundle(outputs, entryJs, ReachableNames.ALL);
  }

  /**
   * As {@link #bundle(Map, String)}, shipping only the built-in types' methods that a name of
   * {@code reachable} reaches.
   */
  public static TreeMap<String, String> bundle(Map<String, String> outputs, String entryJs, ReachableNames reachable)
      throws CompileException, OptimizerCrash {
    AtomicReference<Object> result = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        result.set(bundleHere(outputs, entryJs, reachable));
      } catch (CompileException | RuntimeException | StackOverflowError e) {
        result.set(e);
      }
    }, "taipan-optimizer", STACK_BYTES);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OptimizerCrash(e);
    }
    return switch (result.get()) {
      case CompileException e -> throw e;
      case Throwable e -> throw new OptimizerCrash(e);
      case null -> throw new OptimizerCrash(new IllegalStateException("no result"));
      default -> {
        @SuppressWarnings("unchecked")
        TreeMap<String, String> files = (TreeMap<String, String>) result.get();
        yield files;
      }
    };
  }

  private static TreeMap<String, String> bundleHere(Map<String, String> outputs, String entryJs, ReachableNames reachable)
      throws CompileException {
    String name = entryJs.substring(entryJs.lastIndexOf('/') + 1);
    Map<String, String> files = new TreeMap<>(outputs);
    TracebackPositions positions = TracebackPositions.extract(files);
    files.put(BUNDLE_ENTRY, TracebackPositions.entryModule(files, entryJs));
    BundleWithClosure.Bundle b = BundleWithClosure.bundle(files, BUNDLE_ENTRY, name, reachable);
    TreeMap<String, String> out = new TreeMap<>();
    out.put(entryJs, b.js() + positions.tableFunction(b.sourceMap()) + "//# sourceMappingURL=" + name + ".map\n");
    out.put(entryJs + ".map", b.sourceMap());
    return out;
  }
}
