package dev.taipan.compiler.route;

import java.util.List;
import java.util.Map;

/**
 * Every user module reachable from the entry, and every import between modules, resolved.
 *
 * @param modules by dotted name, in discovery order (the entry, {@code __main__}, first)
 * @param edges in discovery order
 */
public record ModuleGraph(Map<String, SourceModule> modules, List<ImportEdge> edges) {
  public static final String MAIN = "__main__";

  public ModuleGraph {
    modules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(modules));
    edges = List.copyOf(edges);
  }

  public List<ImportEdge> importsOf(String module) {
    return edges.stream().filter(e -> e.importer().equals(module)).toList();
  }
}
