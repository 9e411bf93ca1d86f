package dev.taipan.frontend.scope;

/** Where a name lives, decided by the resolution phase; CPython's scope values in {@code symtable.h}. */
public enum SymbolScope {
  /** A local variable of the scope (a class-body name for class scopes, a module global at module level). */
  LOCAL(1),
  /** Declared {@code global}. */
  GLOBAL_EXPLICIT(2),
  /** Not bound anywhere enclosing: looked up in globals, then builtins. */
  GLOBAL_IMPLICIT(3),
  /** Bound in an enclosing function scope and read through a closure cell. */
  FREE(4),
  /** A local that nested scopes capture, so it lives in a cell. */
  CELL(5);

  private final int value;

  SymbolScope(int value) {
    this.value = value;
  }

  /** CPython's numeric value. */
  public int value() {
    return value;
  }
}
