package dev.taipan.frontend.ast;

/** CPython's {@code keyword}. */
public record Keyword(/* nullable */ String arg, Expr value, Span span) implements Located {}
