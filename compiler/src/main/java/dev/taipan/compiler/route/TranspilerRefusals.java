package dev.taipan.compiler.route;

import dev.taipan.codegen.CheckUnsupportedFeatures;
import dev.taipan.codegen.JsCodegen;
import dev.taipan.codegen.ModuleLinker;
import dev.taipan.codegen.UnsupportedConstruct;
import dev.taipan.codegen.UnsupportedConstructException;
import dev.taipan.frontend.scope.ScopeAnalysis;
import dev.taipan.frontend.scope.SymbolTableError;
import dev.taipan.frontend.scope.SymbolTables;
import java.util.List;

/**
 * Asks the JavaScript code generator itself which constructs of a module it refuses, so that the
 * router and the compiler share one list: the generator's {@link CheckUnsupportedFeatures}, then a
 * trial generation for the constructs it only refuses while emitting.
 */
public final class TranspilerRefusals {
  private TranspilerRefusals() {}

  /**
   * The constructs of {@code m} the code generator refuses, in source order; empty when it
   * translates the module. Imports are judged by the graph (a routed import is a reason of its
   * own), so every import counts as importable here.
   */
  public static List<UnsupportedConstruct> of(ModuleGraph graph, SourceModule m) {
    try {
      return trial(graph, m);
    } catch (StackOverflowError e) {
      // Nested too deeply to compile, as CPython's RecursionError: the build reports it.
      return List.of();
    }
  }

  private static List<UnsupportedConstruct> trial(ModuleGraph graph, SourceModule m) {
    List<UnsupportedConstruct> found = CheckUnsupportedFeatures.find(m.ast());
    if (!found.isEmpty()) {
      return found;
    }
    SymbolTables tables;
    try {
      tables = ScopeAnalysis.analyze(m.ast());
    } catch (SymbolTableError e) {
      // A SyntaxError CPython reports too: the build reports it, routing cannot help.
      return List.of();
    }
    try {
      JsCodegen.generate(m.ast(), tables, m.name(), m.relativeFile(), linker(graph, m), "./");
      return List.of();
    } catch (UnsupportedConstructException e) {
      return List.of(e.construct());
    }
  }

  /** Links every import, so that the trial judges constructs, not imports. */
  private static ModuleLinker linker(ModuleGraph graph, SourceModule m) {
    return new ModuleLinker() {
      @Override
      public String userModule(String dotted) {
        // Any import links: whether the imported module is transpiled is the graph's question.
        return dotted.equals(ModuleGraph.MAIN) ? null : "./" + dotted.replace('.', '/') + ".js";
      }

      @Override
      public String runtimeModule(String dotted) {
        return TranspiledStdlib.runtimeFile(dotted);
      }

      @Override
      public String resolveRelative(int level, String module) {
        String base = m.name().equals(ModuleGraph.MAIN) ? "" : ImportNames.relativeBase(m.name(), m.isPackage(), level);
        if (base == null) {
          base = "";
        }
        return module == null ? base : base.isEmpty() ? module : base + "." + module;
      }
    };
  }
}
