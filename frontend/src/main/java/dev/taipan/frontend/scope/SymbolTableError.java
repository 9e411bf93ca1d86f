package dev.taipan.frontend.scope;

import dev.taipan.frontend.ast.Span;

/** A SyntaxError found while building symbol tables, with CPython's message and the offending node's span. */
public final class SymbolTableError extends Exception {
  private final Span span;

  public SymbolTableError(String message, Span span) {
    super(message, null, false, false);
    this.span = span;
  }

  /** Where CPython reports the error (line, and 0-based UTF-8 column as in the AST). */
  public Span span() {
    return span;
  }
}
