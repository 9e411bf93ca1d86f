package dev.taipan.frontend.diag;

/**
 * The kinds of problems the frontend reports, each with a stable id (for tests, suppression
 * and documentation) and the Python exception class CPython would raise for it.
 */
public enum DiagnosticKind {
  SYNTAX_ERROR("E0001", "SyntaxError"),
  INDENTATION_ERROR("E0002", "IndentationError"),
  TAB_ERROR("E0003", "TabError"),
  DECODING_ERROR("E0004", "SyntaxError"),
  TOO_COMPLEX("E0005", "SyntaxError");

  private final String id;
  private final String pythonType;

  DiagnosticKind(String id, String pythonType) {
    this.id = id;
    this.pythonType = pythonType;
  }

  public String id() {
    return id;
  }

  /** The Python exception class name, as printed in {@code file:line:col: SyntaxError: ...}. */
  public String pythonType() {
    return pythonType;
  }
}
