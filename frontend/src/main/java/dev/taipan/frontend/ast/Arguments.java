package dev.taipan.frontend.ast;

/** CPython's {@code arguments}. */
public record Arguments(java.util.List<Arg> posonlyargs, java.util.List<Arg> args, /* nullable */ Arg vararg, java.util.List<Arg> kwonlyargs, /* entries null where a keyword-only parameter has no default */ java.util.List<Expr> kwDefaults, /* nullable */ Arg kwarg, java.util.List<Expr> defaults) {}
