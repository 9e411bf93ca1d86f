package dev.taipan.frontend.ast;

/** CPython's {@code stmt} sum type: each variant is a record named and shaped as in {@code Python.asdl}. */
public sealed interface Stmt extends Located
    permits Stmt.FunctionDef,
        Stmt.AsyncFunctionDef,
        Stmt.ClassDef,
        Stmt.TypeAlias,
        Stmt.Return,
        Stmt.Delete,
        Stmt.Assign,
        Stmt.AugAssign,
        Stmt.AnnAssign,
        Stmt.For,
        Stmt.AsyncFor,
        Stmt.While,
        Stmt.If,
        Stmt.With,
        Stmt.AsyncWith,
        Stmt.Match,
        Stmt.Raise,
        Stmt.Try,
        Stmt.TryStar,
        Stmt.Assert,
        Stmt.Import,
        Stmt.ImportFrom,
        Stmt.Global,
        Stmt.Nonlocal,
        Stmt.Expr,
        Stmt.Pass,
        Stmt.Break,
        Stmt.Continue {

  record FunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<dev.taipan.frontend.ast.Expr> decoratorList, /* nullable */ dev.taipan.frontend.ast.Expr returns, /* nullable */ String typeComment, java.util.List<TypeParam> typeParams, Span span) implements Stmt {}

  record AsyncFunctionDef(String name, Arguments args, java.util.List<Stmt> body, java.util.List<dev.taipan.frontend.ast.Expr> decoratorList, /* nullable */ dev.taipan.frontend.ast.Expr returns, /* nullable */ String typeComment, java.util.List<TypeParam> typeParams, Span span) implements Stmt {}

  record ClassDef(String name, java.util.List<dev.taipan.frontend.ast.Expr> bases, java.util.List<Keyword> keywords, java.util.List<Stmt> body, java.util.List<dev.taipan.frontend.ast.Expr> decoratorList, java.util.List<TypeParam> typeParams, Span span) implements Stmt {}

  /** Python 3.12. */
  record TypeAlias(dev.taipan.frontend.ast.Expr name, java.util.List<TypeParam> typeParams, dev.taipan.frontend.ast.Expr value, Span span) implements Stmt {}

  record Return(/* nullable */ dev.taipan.frontend.ast.Expr value, Span span) implements Stmt {}

  record Delete(java.util.List<dev.taipan.frontend.ast.Expr> targets, Span span) implements Stmt {}

  record Assign(java.util.List<dev.taipan.frontend.ast.Expr> targets, dev.taipan.frontend.ast.Expr value, /* nullable */ String typeComment, Span span) implements Stmt {}

  record AugAssign(dev.taipan.frontend.ast.Expr target, Operator op, dev.taipan.frontend.ast.Expr value, Span span) implements Stmt {}

  record AnnAssign(dev.taipan.frontend.ast.Expr target, dev.taipan.frontend.ast.Expr annotation, /* nullable */ dev.taipan.frontend.ast.Expr value, int simple, Span span) implements Stmt {}

  record For(dev.taipan.frontend.ast.Expr target, dev.taipan.frontend.ast.Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, /* nullable */ String typeComment, Span span) implements Stmt {}

  record AsyncFor(dev.taipan.frontend.ast.Expr target, dev.taipan.frontend.ast.Expr iter, java.util.List<Stmt> body, java.util.List<Stmt> orelse, /* nullable */ String typeComment, Span span) implements Stmt {}

  record While(dev.taipan.frontend.ast.Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, Span span) implements Stmt {}

  record If(dev.taipan.frontend.ast.Expr test, java.util.List<Stmt> body, java.util.List<Stmt> orelse, Span span) implements Stmt {}

  record With(java.util.List<WithItem> items, java.util.List<Stmt> body, /* nullable */ String typeComment, Span span) implements Stmt {}

  record AsyncWith(java.util.List<WithItem> items, java.util.List<Stmt> body, /* nullable */ String typeComment, Span span) implements Stmt {}

  record Match(dev.taipan.frontend.ast.Expr subject, java.util.List<MatchCase> cases, Span span) implements Stmt {}

  record Raise(/* nullable */ dev.taipan.frontend.ast.Expr exc, /* nullable */ dev.taipan.frontend.ast.Expr cause, Span span) implements Stmt {}

  record Try(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody, Span span) implements Stmt {}

  record TryStar(java.util.List<Stmt> body, java.util.List<ExceptHandler> handlers, java.util.List<Stmt> orelse, java.util.List<Stmt> finalbody, Span span) implements Stmt {}

  record Assert(dev.taipan.frontend.ast.Expr test, /* nullable */ dev.taipan.frontend.ast.Expr msg, Span span) implements Stmt {}

  record Import(java.util.List<Alias> names, Span span) implements Stmt {}

  record ImportFrom(/* nullable */ String module, java.util.List<Alias> names, /* nullable */ Integer level, Span span) implements Stmt {}

  record Global(java.util.List<String> names, Span span) implements Stmt {}

  record Nonlocal(java.util.List<String> names, Span span) implements Stmt {}

  record Expr(dev.taipan.frontend.ast.Expr value, Span span) implements Stmt {}

  record Pass(Span span) implements Stmt {}

  record Break(Span span) implements Stmt {}

  record Continue(Span span) implements Stmt {}
}
