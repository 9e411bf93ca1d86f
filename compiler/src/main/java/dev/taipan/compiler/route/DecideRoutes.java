package dev.taipan.compiler.route;

import dev.taipan.codegen.UnsupportedConstruct;
import dev.taipan.compiler.stdlib.CheckProvidedNames;
import dev.taipan.compiler.stdlib.ProvidedModules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides, for every user module, whether it is transpiled or routed to Pyodide, and records
 * why: its own unsupported constructs and imports, the user's overrides, then routing spread
 * along imports until nothing changes.
 */
public final class DecideRoutes {
  private static final Pattern FALLBACK_COMMENT = Pattern.compile("#\\s*taipan:\\s*fallback\\s*");

  private DecideRoutes() {}

  public static RoutingPlan decide(ModuleGraph graph, RoutingOptions options) throws RouteException {
    for (String forced : options.forcedFallback()) {
      if (find(graph, forced) == null) {
        throw new RouteException("--fallback " + forced + ": the program has no module named " + forced);
      }
    }
    Map<String, List<RouteReason>> reasons = new LinkedHashMap<>();
    for (SourceModule m : graph.modules().values()) {
      reasons.put(m.name(), ownReasons(graph, m, options));
    }
    spread(graph, reasons);

    Map<String, ModuleDecision> decisions = new LinkedHashMap<>();
    TreeSet<String> packages = new TreeSet<>();
    TreeSet<String> unavailable = new TreeSet<>();
    for (SourceModule m : graph.modules().values()) {
      List<RouteReason> r = reasons.get(m.name());
      Route route = r.isEmpty() ? Route.TRANSPILE : Route.PYODIDE;
      decisions.put(m.name(), new ModuleDecision(m, route, r));
      if (route == Route.PYODIDE) {
        for (ImportEdge e : graph.importsOf(m.name())) {
          if (e.pyodidePackage() != null) {
            packages.add(e.pyodidePackage());
          } else if (e.kind() == ModuleKind.C_EXTENSION || e.kind() == ModuleKind.NOT_FOUND || e.kind() == ModuleKind.ABSENT) {
            unavailable.add(e.target());
          }
        }
      }
    }
    return new RoutingPlan(graph, decisions, List.copyOf(packages), List.copyOf(unavailable));
  }

  private static SourceModule find(ModuleGraph graph, String name) {
    SourceModule m = graph.modules().get(name);
    if (m != null) {
      return m;
    }
    SourceModule main = graph.modules().get(ModuleGraph.MAIN);
    String stem = main.relativeFile().replaceAll(".*/", "").replaceAll("\\.py$", "");
    return stem.equals(name) ? main : null;
  }

  private static List<RouteReason> ownReasons(ModuleGraph graph, SourceModule m, RoutingOptions options) {
    List<RouteReason> out = new ArrayList<>();
    String file = m.relativeFile();
    for (String forced : options.forcedFallback()) {
      if (find(graph, forced) == m) {
        out.add(new RouteReason("fallback-option", file, 0, "routed by --fallback " + forced));
      }
    }
    int commentLine = fallbackCommentLine(m.source());
    if (commentLine > 0) {
      out.add(new RouteReason("fallback-comment", file, commentLine, "marked '# taipan: fallback'"));
    }
    for (UnsupportedConstruct c : TranspilerRefusals.of(graph, m)) {
      out.add(new RouteReason("unsupported-construct", file, c.span().lineno(), c.message()));
    }
    List<ImportEdge> imports = graph.importsOf(m.name());
    for (ImportEdge e : imports) {
      if (!e.kind().transpilable()) {
        out.add(new RouteReason("import", file, e.line(), "imports " + e.target() + " (" + e.kind().description() + ")"));
      }
    }
    for (CheckProvidedNames.MissingName n : CheckProvidedNames.find(m.ast(), dotted -> providedIn(imports, dotted))) {
      out.add(new RouteReason("name-not-provided", file, n.span().lineno(), n.message()));
    }
    out.sort(java.util.Comparator.comparingInt(RouteReason::line));
    return out;
  }

  /** The provided module {@code dotted} names for a module with these imports: null when a user module shadows it. */
  private static ProvidedModules.ProvidedModule providedIn(List<ImportEdge> imports, String dotted) {
    String top = ImportNames.topLevel(dotted);
    for (ImportEdge e : imports) {
      if (e.topLevel().equals(top) && e.kind() != ModuleKind.TRANSPILED_STDLIB && e.kind() != ModuleKind.STDLIB_NOT_PROVIDED) {
        return null;
      }
    }
    return ProvidedModules.get(dotted);
  }

  /** The line of a {@code # taipan: fallback} comment among the module's leading lines, or 0. */
  static int fallbackCommentLine(String source) {
    String[] lines = source.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (FALLBACK_COMMENT.matcher(line).matches()) {
        return i + 1;
      }
      if (!line.isEmpty() && !line.startsWith("#")) {
        return 0;
      }
    }
    return 0;
  }

  /**
   * An import between a transpiled and a routed module crosses the boundary when
   * {@link CrossingRules} allows it; otherwise the importer of a routed module is routed
   * ({@code imports-routed}) and so is a user module a routed module imports
   * ({@code imported-by-routed}), each with the reason the import cannot cross; repeated until
   * nothing changes.
   */
  private static void spread(ModuleGraph graph, Map<String, List<RouteReason>> reasons) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (ImportEdge e : graph.edges()) {
        if (e.kind() != ModuleKind.USER || !graph.modules().containsKey(e.target()) || e.importer().equals(e.target())) {
          continue;
        }
        List<RouteReason> importer = reasons.get(e.importer());
        List<RouteReason> target = reasons.get(e.target());
        if (importer.isEmpty() == target.isEmpty()) {
          continue;
        }
        String whyNot = CrossingRules.whyNot(graph, e);
        if (whyNot == null) {
          continue;
        }
        String importerFile = graph.modules().get(e.importer()).relativeFile();
        if (importer.isEmpty()) {
          importer.add(new RouteReason("imports-routed", importerFile, e.line(),
              "imports " + e.target() + ", which is routed; " + whyNot));
        } else {
          target.add(new RouteReason("imported-by-routed", importerFile, e.line(),
              "imported by " + e.importer() + ", which is routed; " + whyNot));
        }
        changed = true;
      }
    }
  }
}
