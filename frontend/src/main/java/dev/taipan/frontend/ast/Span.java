package dev.taipan.frontend.ast;

/**
 * CPython's position attributes: 1-based lines, 0-based columns counted in UTF-8 bytes
 * (as {@code col_offset} is), end exclusive.
 */
public record Span(int lineno, int colOffset, int endLineno, int endColOffset) {
  public static final Span NONE = new Span(0, 0, 0, 0);

  /** The span from the start of {@code a} to the end of {@code b}. */
  public static Span cover(Span a, Span b) {
    return new Span(a.lineno, a.colOffset, b.endLineno, b.endColOffset);
  }
}
