package dev.taipan.compiler;

/** A build that failed on bad input; the message is already rendered ({@code file:line:col: ...}, source line, caret). */
public final class CompileException extends Exception {
  public CompileException(String renderedMessage) {
    super(renderedMessage);
  }
}
