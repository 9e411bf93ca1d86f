package dev.taipan.conformance.arith;

/**
 * A Python exception raised by the model, carrying the type name and the message that
 * {@code print(type(e).__name__, e)} shows.
 */
final class PythonError extends RuntimeException {
  private final String typeName;

  PythonError(String typeName, String message) {
    super(message, null, false, false);
    this.typeName = typeName;
  }

  static PythonError zeroDivision(String message) {
    return new PythonError("ZeroDivisionError", message);
  }

  static PythonError overflow(String message) {
    return new PythonError("OverflowError", message);
  }

  String typeName() {
    return typeName;
  }

  /** The line {@code print(type(e).__name__, e)} writes. */
  String printed() {
    return typeName + " " + getMessage();
  }
}
