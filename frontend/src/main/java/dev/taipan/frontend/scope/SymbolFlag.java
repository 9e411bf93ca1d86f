package dev.taipan.frontend.scope;

/**
 * The facts collected about a name in one scope, with CPython's {@code symtable.h} bit values
 * so tables compare one to one with Python's {@code symtable} module.
 */
public enum SymbolFlag {
  /** Declared {@code global} (or bound at module level by a walrus in a comprehension). */
  DEF_GLOBAL(1),
  /** Assigned, deleted, or otherwise bound in this scope. */
  DEF_LOCAL(2),
  /** A parameter. */
  DEF_PARAM(4),
  /** Declared {@code nonlocal}. */
  DEF_NONLOCAL(8),
  /** Read in this scope. */
  USE(16),
  /** Free in this scope (not set by the analysis; kept for completeness of the bit set). */
  DEF_FREE(32),
  /** A class-scope name that a method also uses as a free variable. */
  DEF_FREE_CLASS(64),
  /** Bound by an import. */
  DEF_IMPORT(128),
  /** Annotated ({@code x: int}). */
  DEF_ANNOT(256),
  /** A comprehension iteration variable. */
  DEF_COMP_ITER(512),
  /** Python 3.12: a type parameter ({@code T} in {@code def f[T]()}). */
  DEF_TYPE_PARAM(1024);

  /** Names bound in the scope itself: {@code DEF_LOCAL | DEF_PARAM | DEF_IMPORT}. */
  public static final int DEF_BOUND = 2 | 4 | 128;

  private final int bit;

  SymbolFlag(int bit) {
    this.bit = bit;
  }

  /** CPython's bit value. */
  public int bit() {
    return bit;
  }

  /** Whether {@code flags} has this flag. */
  public boolean in(int flags) {
    return (flags & bit) != 0;
  }
}
