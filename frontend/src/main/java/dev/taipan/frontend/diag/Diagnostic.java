package dev.taipan.frontend.diag;

import java.util.List;

/**
 * A problem found in a source file, as a value: where it is (1-based line, 1-based column in
 * characters, optional end on the same or a later line), what it is, and optional notes.
 *
 * @param endLine 0 when the extent is unknown
 * @param endColumn 1-based column just past the span, in characters; 0 when unknown
 */
public record Diagnostic(
    DiagnosticKind kind,
    Severity severity,
    String file,
    int line,
    int column,
    int endLine,
    int endColumn,
    String message,
    List<String> notes) {

  public Diagnostic {
    notes = List.copyOf(notes);
  }

  /** An error at one point. */
  public static Diagnostic error(DiagnosticKind kind, String file, int line, int column, String message) {
    return new Diagnostic(kind, Severity.ERROR, file, line, column, 0, 0, message, List.of());
  }

  /** An error covering a range of the source. */
  public static Diagnostic error(
      DiagnosticKind kind, String file, int line, int column, int endLine, int endColumn, String message) {
    return new Diagnostic(kind, Severity.ERROR, file, line, column, endLine, endColumn, message, List.of());
  }

  /** {@code file:line:col: SyntaxError: message}, without the source excerpt. */
  public String headline() {
    return file + ":" + line + ":" + column + ": " + kind.pythonType() + ": " + message;
  }
}
