package dev.taipan.compiler.route;

/**
 * A construct the transpiler cannot translate exactly, at a 1-based line and 0-based column;
 * {@code message} reads after the position: {@code uses exec()}.
 */
public record UnsupportedConstruct(int line, int column, String message) {}
