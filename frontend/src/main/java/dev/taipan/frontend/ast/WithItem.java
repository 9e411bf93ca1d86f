package dev.taipan.frontend.ast;

/** CPython's {@code withitem}. */
public record WithItem(Expr contextExpr, /* nullable */ Expr optionalVars) {}
