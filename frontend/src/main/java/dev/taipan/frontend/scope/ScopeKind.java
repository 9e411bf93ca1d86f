package dev.taipan.frontend.scope;

/** The kind of block that owns a symbol table; CPython folds lambdas and comprehensions into functions. */
public enum ScopeKind {
  MODULE("module"),
  CLASS("class"),
  FUNCTION("function"),
  LAMBDA("function"),
  COMPREHENSION("function"),
  /** Python 3.12: the implicit scope holding a generic function's, class's or alias's type parameters. */
  TYPE_PARAMS("type parameter"),
  /** Python 3.12: the lazily evaluated bound of a {@code TypeVar}. */
  TYPE_VAR_BOUND("TypeVar bound"),
  /** Python 3.12: the lazily evaluated value of a {@code type} statement. */
  TYPE_ALIAS("type alias");

  private final String pythonType;

  ScopeKind(String pythonType) {
    this.pythonType = pythonType;
  }

  /** What Python's {@code SymbolTable.get_type()} reports for this kind. */
  public String pythonType() {
    return pythonType;
  }

  /** Whether CPython treats the block as a function block (locals are fast, closures apply). */
  public boolean isFunctionLike() {
    return this != MODULE && this != CLASS;
  }
}
