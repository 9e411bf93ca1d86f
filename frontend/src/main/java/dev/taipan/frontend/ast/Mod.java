package dev.taipan.frontend.ast;

/** CPython's {@code mod} sum type: each variant is a record named and shaped as in {@code Python.asdl}. */
public sealed interface Mod
    permits Mod.Module,
        Mod.Interactive,
        Mod.Expression,
        Mod.FunctionType {

  record Module(java.util.List<Stmt> body, java.util.List<TypeIgnore> typeIgnores) implements Mod {}

  record Interactive(java.util.List<Stmt> body) implements Mod {}

  record Expression(Expr body) implements Mod {}

  record FunctionType(java.util.List<Expr> argtypes, Expr returns) implements Mod {}
}
