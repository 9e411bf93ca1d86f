package dev.taipan.frontend.scope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The result of scope analysis: every block's symbol table, found by the node that opens the block
 * (identity, not equality), with the tree itself left untouched.
 */
public final class SymbolTables {
  private final Scope module;
  private final Map<Object, Scope> byNode;

  SymbolTables(Scope module, Map<Object, Scope> byNode) {
    this.module = module;
    this.byNode = byNode;
  }

  /** The module's table (CPython's {@code top}). */
  public Scope module() {
    return module;
  }

  /**
   * The table of the block opened by {@code node}: a {@code Mod.Module}, {@code Stmt.FunctionDef},
   * {@code Stmt.AsyncFunctionDef}, {@code Stmt.ClassDef}, {@code Expr.Lambda}, a comprehension
   * expression, or a {@code Stmt.TypeAlias}; null for any other node.
   */
  public Scope scopeOf(Object node) {
    return byNode.get(node);
  }

  /** The symbol of a source name in a block (mangled as CPython does), or null if the block never mentions it. */
  public Symbol symbol(Scope scope, String sourceName) {
    return scope.lookup(sourceName);
  }

  /** All tables, depth first in creation order, the module first. */
  public List<Scope> all() {
    List<Scope> out = new ArrayList<>();
    addAll(module, out);
    return Collections.unmodifiableList(out);
  }

  private static void addAll(Scope s, List<Scope> out) {
    out.add(s);
    for (Scope c : s.children()) {
      addAll(c, out);
    }
  }
}
