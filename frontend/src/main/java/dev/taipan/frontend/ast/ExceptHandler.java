package dev.taipan.frontend.ast;

/** CPython's {@code excepthandler}. */
public record ExceptHandler(/* nullable */ Expr type, /* nullable */ String name, java.util.List<Stmt> body, Span span) implements Located {}
