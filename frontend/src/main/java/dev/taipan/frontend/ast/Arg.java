package dev.taipan.frontend.ast;

/** CPython's {@code arg}. */
public record Arg(String arg, /* nullable */ Expr annotation, /* nullable */ String typeComment, Span span) implements Located {}
