package dev.taipan.frontend.ast;

/** CPython's {@code match_case}. */
public record MatchCase(Pattern pattern, /* nullable */ Expr guard, java.util.List<Stmt> body) {}
