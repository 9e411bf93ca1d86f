package dev.taipan.frontend.scope;

/** One name in one scope: the flags the collection phase found and the scope the resolution phase chose. */
public record Symbol(String name, SymbolScope scope, int flags) {

  public boolean has(SymbolFlag flag) {
    return flag.in(flags);
  }

  public boolean isParameter() {
    return has(SymbolFlag.DEF_PARAM);
  }

  public boolean isAssigned() {
    return has(SymbolFlag.DEF_LOCAL);
  }

  public boolean isReferenced() {
    return has(SymbolFlag.USE);
  }

  public boolean isImported() {
    return has(SymbolFlag.DEF_IMPORT);
  }

  public boolean isAnnotated() {
    return has(SymbolFlag.DEF_ANNOT);
  }

  public boolean isDeclaredGlobal() {
    return scope == SymbolScope.GLOBAL_EXPLICIT;
  }

  public boolean isNonlocal() {
    return has(SymbolFlag.DEF_NONLOCAL);
  }

  public boolean isGlobal() {
    return scope == SymbolScope.GLOBAL_EXPLICIT || scope == SymbolScope.GLOBAL_IMPLICIT;
  }

  public boolean isLocal() {
    return scope == SymbolScope.LOCAL || scope == SymbolScope.CELL;
  }

  public boolean isFree() {
    return scope == SymbolScope.FREE;
  }

  public boolean isCell() {
    return scope == SymbolScope.CELL;
  }
}
