package dev.taipan.compiler.fallback;

import dev.taipan.compiler.TaipanCompiler;
import dev.taipan.compiler.route.ImportEdge;
import dev.taipan.compiler.route.ModuleDecision;
import dev.taipan.compiler.route.ModuleGraph;
import dev.taipan.compiler.route.ModuleKind;
import dev.taipan.compiler.route.Route;
import dev.taipan.compiler.route.RoutingPlan;
import dev.taipan.fallback.PyodideLock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The JavaScript that joins transpiled and routed modules in one program: at a routed module's
 * JS path, a stand-in whose {@code $load} imports the Python module in Pyodide and whose
 * {@code $module} is that module seen through the runtime's foreign-object bridge (top-level
 * await on Pyodide's start, the body at the first import); for a routed entry that imports
 * transpiled modules, an entry that loads those first so Python's import finds them.
 */
final class MixedModules {
  private MixedModules() {}

  /** Writes the stand-ins (and, when the entry is routed, the entry) for {@link TaipanCompiler#build}. */
  static TaipanCompiler.RoutedModuleWriter writer(RoutingPlan plan, PyodideSource source) {
    return (module, jsPath, jsImport) -> module.equals(ModuleGraph.MAIN)
        ? routedEntry(plan, source, jsImport)
        : standIn(plan, module, source, jsImport);
  }

  /** The modules whose JS is a stand-in: every routed module. */
  static Set<String> routedNames(RoutingPlan plan) {
    Set<String> out = new TreeSet<>();
    for (ModuleDecision d : plan.routed()) {
      out.add(d.module().name());
    }
    return out;
  }

  /** Whether a build needs the mixed form: some module transpiled and some routed. */
  static boolean isMixed(RoutingPlan plan) {
    return plan.anyRouted() && plan.decisions().values().stream().anyMatch(d -> d.route() == Route.TRANSPILE);
  }

  private static String standIn(RoutingPlan plan, String module, PyodideSource source, Function<String, String> jsImport) {
    String file = plan.decisions().get(module).module().relativeFile();
    StringBuilder b = new StringBuilder();
    b.append("// Built by Taipan: ").append(file).append(" runs in Pyodide ").append(PyodideLock.VERSION)
        .append(" (taipan-manifest.json lists every module's route and why).\n");
    b.append("import '").append(jsImport.apply(TaipanCompiler.RUNTIME_DIR + "/internals/startup.js")).append("';\n");
    b.append("import { foreignModule, registerTranspiled } from '")
        .append(jsImport.apply(TaipanCompiler.RUNTIME_DIR + "/internals/foreign.js")).append("';\n");
    b.append("import { routedInterpreter } from '")
        .append(jsImport.apply(WriteRoutedProgram.LOADER_DIR + "/mixed-program.mjs")).append("';\n");
    List<String> transpiled = transpiledImportsOfRouted(plan, module);
    registrations(b, transpiled, jsImport);
    // Pyodide starts when the program starts; the module's body runs at its first import.
    b.append("\nconst pyodide = await routedInterpreter(new URL('")
        .append(baseOf(jsImport)).append("', import.meta.url), '").append(source.jsonName()).append("');\n");
    b.append("export let $module;\n");
    b.append("export function $load() {\n");
    b.append("  if ($module === undefined) $module = foreignModule(pyodide, ").append(jsString(module)).append(");\n");
    b.append("  return $module;\n");
    b.append("}\n");
    return b.toString();
  }

  private static String routedEntry(RoutingPlan plan, PyodideSource source, Function<String, String> jsImport) {
    List<String> transpiled = transpiledImportsOfRouted(plan, ModuleGraph.MAIN);
    String entryFile = plan.decisions().get(ModuleGraph.MAIN).module().relativeFile();
    StringBuilder b = new StringBuilder();
    b.append("// Built by Taipan: ").append(entryFile).append(" runs in Pyodide ").append(PyodideLock.VERSION)
        .append(" (taipan-manifest.json lists every module's route and why).\n");
    b.append("import '").append(jsImport.apply(TaipanCompiler.RUNTIME_DIR + "/internals/startup.js")).append("';\n");
    b.append("import { installBridge, registerTranspiled } from '")
        .append(jsImport.apply(TaipanCompiler.RUNTIME_DIR + "/internals/foreign.js")).append("';\n");
    b.append("import { runBuiltProgram } from '")
        .append(jsImport.apply(WriteRoutedProgram.LOADER_DIR + "/run-built.mjs")).append("';\n");
    registrations(b, transpiled, jsImport);
    b.append("\nawait runBuiltProgram(new URL('./', import.meta.url), { entry: ").append(jsString(entryFile))
        .append(", pyodide: '").append(source.jsonName()).append("', bridge: installBridge });\n");
    return b.toString();
  }

  private static void registrations(StringBuilder b, List<String> transpiled, Function<String, String> jsImport) {
    for (int i = 0; i < transpiled.size(); i++) {
      b.append("import { $load as $t").append(i).append(" } from '").append(jsImport.apply(transpiled.get(i))).append("';\n");
    }
    for (int i = 0; i < transpiled.size(); i++) {
      b.append("registerTranspiled(").append(jsString(transpiled.get(i))).append(", $t").append(i).append(");\n");
    }
  }

  /** The build directory, relative to a module's JS file. */
  private static String baseOf(Function<String, String> jsImport) {
    String manifest = jsImport.apply("taipan-manifest.json");
    return manifest.substring(0, manifest.length() - "taipan-manifest.json".length());
  }

  /**
   * The transpiled modules that Python may import once {@code start} is imported: those imported
   * by {@code start} or by a routed module it reaches through routed modules, sorted.
   */
  static List<String> transpiledImportsOfRouted(RoutingPlan plan, String start) {
    ModuleGraph graph = plan.graph();
    TreeSet<String> out = new TreeSet<>();
    Set<String> seen = new TreeSet<>();
    Deque<String> work = new ArrayDeque<>();
    work.push(start);
    while (!work.isEmpty()) {
      String m = work.pop();
      if (!seen.add(m)) {
        continue;
      }
      for (ImportEdge e : graph.importsOf(m)) {
        ModuleDecision d = plan.decisions().get(e.target());
        if (e.kind() != ModuleKind.USER || d == null) {
          continue;
        }
        if (d.route() == Route.TRANSPILE) {
          out.add(e.target());
        } else {
          work.push(e.target());
        }
      }
    }
    return List.copyOf(out);
  }

  private static String jsString(String s) {
    return new com.google.gson.GsonBuilder().disableHtmlEscaping().create().toJson(s);
  }
}
