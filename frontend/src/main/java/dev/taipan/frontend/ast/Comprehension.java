package dev.taipan.frontend.ast;

/** CPython's {@code comprehension}. */
public record Comprehension(Expr target, Expr iter, java.util.List<Expr> ifs, int isAsync) {}
