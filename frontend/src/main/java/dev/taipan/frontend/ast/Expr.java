package dev.taipan.frontend.ast;

/** CPython's {@code expr} sum type: each variant is a record named and shaped as in {@code Python.asdl}. */
public sealed interface Expr extends Located
    permits Expr.BoolOp,
        Expr.NamedExpr,
        Expr.BinOp,
        Expr.UnaryOp,
        Expr.Lambda,
        Expr.IfExp,
        Expr.Dict,
        Expr.Set,
        Expr.ListComp,
        Expr.SetComp,
        Expr.DictComp,
        Expr.GeneratorExp,
        Expr.Await,
        Expr.Yield,
        Expr.YieldFrom,
        Expr.Compare,
        Expr.Call,
        Expr.FormattedValue,
        Expr.JoinedStr,
        Expr.Constant,
        Expr.Attribute,
        Expr.Subscript,
        Expr.Starred,
        Expr.Name,
        Expr.List,
        Expr.Tuple,
        Expr.Slice {

  record BoolOp(BoolOperator op, java.util.List<Expr> values, Span span) implements Expr {}

  record NamedExpr(Expr target, Expr value, Span span) implements Expr {}

  record BinOp(Expr left, Operator op, Expr right, Span span) implements Expr {}

  record UnaryOp(UnaryOperator op, Expr operand, Span span) implements Expr {}

  record Lambda(Arguments args, Expr body, Span span) implements Expr {}

  record IfExp(Expr test, Expr body, Expr orelse, Span span) implements Expr {}

  record Dict(/* a null key stands for a **mapping entry */ java.util.List<Expr> keys, java.util.List<Expr> values, Span span) implements Expr {}

  record Set(java.util.List<Expr> elts, Span span) implements Expr {}

  record ListComp(Expr elt, java.util.List<Comprehension> generators, Span span) implements Expr {}

  record SetComp(Expr elt, java.util.List<Comprehension> generators, Span span) implements Expr {}

  record DictComp(Expr key, Expr value, java.util.List<Comprehension> generators, Span span) implements Expr {}

  record GeneratorExp(Expr elt, java.util.List<Comprehension> generators, Span span) implements Expr {}

  record Await(Expr value, Span span) implements Expr {}

  record Yield(/* nullable */ Expr value, Span span) implements Expr {}

  record YieldFrom(Expr value, Span span) implements Expr {}

  record Compare(Expr left, java.util.List<CmpOp> ops, java.util.List<Expr> comparators, Span span) implements Expr {}

  record Call(Expr func, java.util.List<Expr> args, java.util.List<Keyword> keywords, Span span) implements Expr {}

  record FormattedValue(Expr value, int conversion, /* nullable */ Expr formatSpec, Span span) implements Expr {}

  record JoinedStr(java.util.List<Expr> values, Span span) implements Expr {}

  record Constant(ConstantValue value, /* nullable */ String kind, Span span) implements Expr {}

  record Attribute(Expr value, String attr, ExprContext ctx, Span span) implements Expr {}

  record Subscript(Expr value, Expr slice, ExprContext ctx, Span span) implements Expr {}

  record Starred(Expr value, ExprContext ctx, Span span) implements Expr {}

  record Name(String id, ExprContext ctx, Span span) implements Expr {}

  record List(java.util.List<Expr> elts, ExprContext ctx, Span span) implements Expr {}

  record Tuple(java.util.List<Expr> elts, ExprContext ctx, Span span) implements Expr {}

  record Slice(/* nullable */ Expr lower, /* nullable */ Expr upper, /* nullable */ Expr step, Span span) implements Expr {}
}
