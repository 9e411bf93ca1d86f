package dev.taipan.compiler.route;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders a routing plan for people: the module table, each module's imports, and the reasons. */
public final class RoutingReport {
  private RoutingReport() {}

  public static String table(RoutingPlan plan) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"MODULE", "FILE", "ROUTE", "IMPORTS"});
    for (ModuleDecision d : plan.decisions().values()) {
      String imports =
          plan.graph().importsOf(d.module().name()).stream()
              .map(e -> e.target() + " (" + e.kind().jsonName() + ")")
              .distinct()
              .collect(Collectors.joining(", "));
      rows.add(new String[] {d.module().name(), d.module().relativeFile(), d.route().jsonName(), imports.isEmpty() ? "-" : imports});
    }
    int[] width = new int[3];
    for (String[] r : rows) {
      for (int i = 0; i < 3; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] r : rows) {
      for (int i = 0; i < 3; i++) {
        out.append(r[i]).append(" ".repeat(width[i] - r[i].length() + 2));
      }
      out.append(r[3]).append('\n');
    }
    for (ModuleDecision d : plan.routed()) {
      out.append('\n').append(d.module().name()).append(" runs in Pyodide:\n");
      d.reasons().forEach(r -> out.append("  ").append(r.render()).append('\n'));
    }
    if (!plan.pyodidePackages().isEmpty()) {
      out.append("\nPyodide packages to load: ").append(String.join(", ", plan.pyodidePackages())).append('\n');
    }
    if (!plan.unavailable().isEmpty()) {
      out.append("Not provided by Pyodide (ImportError at run time, as under CPython without them): ")
          .append(String.join(", ", plan.unavailable()))
          .append('\n');
    }
    out.append(plan.anyRouted()
        ? "\n" + plan.routed().size() + " of " + plan.decisions().size() + " modules routed to Pyodide " + "(" + dev.taipan.fallback.PyodideLock.VERSION + ").\n"
        : "\nAll " + plan.decisions().size() + " modules are transpiled; Pyodide is never loaded.\n");
    return out.toString();
  }

  /**
   * The {@code --no-fallback} error: every reason as {@code file:line: reason}, one per line, for
   * the modules that would have been routed.
   */
  public static String noFallbackError(RoutingPlan plan) {
    StringBuilder out = new StringBuilder();
    for (ModuleDecision d : plan.routed()) {
      for (RouteReason r : d.reasons()) {
        out.append(r.render()).append('\n');
      }
    }
    out.append("error: --no-fallback: ").append(plan.routed().size())
        .append(" module(s) cannot be transpiled exactly: ")
        .append(plan.routed().stream().map(d -> d.module().name()).collect(Collectors.joining(", ")))
        .append('\n');
    return out.toString();
  }
}
