package dev.taipan.compiler.route;

import java.util.List;
import java.util.Map;

/**
 * The router's result for a program: the graph, each module's decision and what Pyodide must
 * load for the routed ones.
 *
 * @param decisions by module name, in the graph's order
 * @param pyodidePackages names for {@code pyodide.loadPackage}, sorted
 * @param unavailable imports of routed modules that no Pyodide package provides (they fail at
 *     run time as they would under CPython without the package), sorted
 */
public record RoutingPlan(
    ModuleGraph graph,
    Map<String, ModuleDecision> decisions,
    List<String> pyodidePackages,
    List<String> unavailable) {

  public RoutingPlan {
    decisions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(decisions));
    pyodidePackages = List.copyOf(pyodidePackages);
    unavailable = List.copyOf(unavailable);
  }

  public boolean anyRouted() {
    return decisions.values().stream().anyMatch(d -> d.route() == Route.PYODIDE);
  }

  public List<ModuleDecision> routed() {
    return decisions.values().stream().filter(d -> d.route() == Route.PYODIDE).toList();
  }

  /** The entry module's route: {@link Route#PYODIDE} means the whole program runs in Pyodide. */
  public Route entryRoute() {
    return decisions.get(ModuleGraph.MAIN).route();
  }
}
