package dev.taipan.frontend.parse;

import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.diag.DiagnosticKind;

/** Thrown inside the parse pipeline to abandon a file at its first syntax error; never escapes {@link SourceParser}. */
final class SyntaxErrorException extends RuntimeException {
  final DiagnosticKind kind;
  final Span span;

  SyntaxErrorException(String message, Span span) {
    this(DiagnosticKind.SYNTAX_ERROR, message, span);
  }

  SyntaxErrorException(DiagnosticKind kind, String message, Span span) {
    super(message, null, false, false);
    this.kind = kind;
    this.span = span;
  }
}
