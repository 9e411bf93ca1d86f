package dev.taipan.frontend.scope;

import dev.taipan.frontend.ast.Mod;
import java.util.Map;

/** Entry point of scope analysis: the two CPython phases, collection then resolution, over one module. */
public final class ScopeAnalysis {
  private ScopeAnalysis() {}

  /**
   * Builds the symbol tables of a module.
   *
   * @throws SymbolTableError the first scope-related SyntaxError, as CPython would report it
   */
  public static SymbolTables analyze(Mod.Module module) throws SymbolTableError {
    Map<Object, Scope> byNode = CollectSymbols.collect(module);
    Scope top = byNode.get(module);
    ResolveScopes.resolve(top);
    return new SymbolTables(top, byNode);
  }
}
