package dev.taipan.compiler.route;

import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether an import between a transpiled and a routed module can cross the JavaScript/Pyodide
 * boundary (internals/foreign.js and the Python finder in the runtime) with CPython's behaviour.
 * When it cannot, the router keeps the old rule and routes the other module too, saying why.
 */
final class CrossingRules {
  private CrossingRules() {}

  /**
   * Null when {@code importer} may import {@code target} across the boundary, else why not
   * (a phrase completing "imports X, which is routed; ...").
   */
  static String whyNot(ModuleGraph graph, ImportEdge e) {
    SourceModule importer = graph.modules().get(e.importer());
    SourceModule target = graph.modules().get(e.target());
    if (e.target().equals(ModuleGraph.MAIN)) {
      return "the entry module cannot be imported across the boundary";
    }
    if (importer.isPackage() || target.isPackage() || e.importer().contains(".") || e.target().contains(".")) {
      return "packages and their submodules do not cross the boundary yet";
    }
    if (reaches(graph, e.target(), e.importer())) {
      return "they import each other (a cycle cannot wait for Pyodide at start-up)";
    }
    String base = subclassedFrom(importer, e.target());
    if (base != null) {
      return "class " + base + " derives from a class of " + e.target() + " (classes do not cross as bases)";
    }
    return null;
  }

  /** Whether {@code from} reaches {@code to} through user imports. */
  private static boolean reaches(ModuleGraph graph, String from, String to) {
    Deque<String> work = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    work.push(from);
    while (!work.isEmpty()) {
      String m = work.pop();
      if (!seen.add(m)) {
        continue;
      }
      for (ImportEdge e : graph.importsOf(m)) {
        if (e.kind() != ModuleKind.USER || !graph.modules().containsKey(e.target())) {
          continue;
        }
        if (e.target().equals(to)) {
          return true;
        }
        work.push(e.target());
      }
    }
    return false;
  }

  /**
   * The name of a class in {@code module} whose bases name something imported from
   * {@code imported} ({@code class C(helper.Base)}, {@code from helper import Base}), or null.
   */
  private static String subclassedFrom(SourceModule module, String imported) {
    Set<String> moduleAliases = new HashSet<>();
    Set<String> names = new HashSet<>();
    AstWalk.preorder(module.ast().body(), node -> {
      if (node instanceof Stmt.Import i) {
        for (Alias a : i.names()) {
          if (a.name().equals(imported)) {
            moduleAliases.add(a.asname() == null ? a.name() : a.asname());
          }
        }
      } else if (node instanceof Stmt.ImportFrom f && imported.equals(f.module()) && (f.level() == null || f.level() == 0)) {
        for (Alias a : f.names()) {
          names.add(a.asname() == null ? a.name() : a.asname());
        }
      }
    });
    String[] found = {null};
    AstWalk.preorder(module.ast().body(), node -> {
      if (found[0] == null && node instanceof Stmt.ClassDef c) {
        for (Expr b : c.bases()) {
          if (b instanceof Expr.Name n && names.contains(n.id())
              || b instanceof Expr.Attribute a && a.value() instanceof Expr.Name n2 && moduleAliases.contains(n2.id())) {
            found[0] = c.name();
          }
        }
      }
    });
    return found[0];
  }
}
