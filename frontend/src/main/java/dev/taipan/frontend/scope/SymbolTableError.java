package dev.taipan.frontend.scope;

import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.diag.Diagnostic;
import dev.taipan.frontend.diag.DiagnosticKind;
import dev.taipan.frontend.parse.LineMap;

/** A SyntaxError found while building symbol tables, with CPython's message and the offending node's span. */
public final class SymbolTableError extends Exception {
  private final Span span;

  public SymbolTableError(String message, Span span) {
    super(message, null, false, false);
    this.span = span == null ? Span.NONE : span;
  }

  /** Where CPython reports the error (line, and 0-based UTF-8 column as in the AST). */
  public Span span() {
    return span;
  }

  /** The error as a diagnostic of {@code file}, columns converted to 1-based characters. */
  public Diagnostic toDiagnostic(String file, LineMap lines) {
    int line = Math.max(1, span.lineno());
    int col = lines.charColumn(line, span.colOffset()) + 1;
    if (span.endLineno() > 0) {
      int endCol = lines.charColumn(span.endLineno(), span.endColOffset()) + 1;
      return Diagnostic.error(DiagnosticKind.SYNTAX_ERROR, file, line, col, span.endLineno(), endCol, getMessage());
    }
    return Diagnostic.error(DiagnosticKind.SYNTAX_ERROR, file, line, col, getMessage());
  }
}
