package dev.taipan.frontend.testing;

import dev.taipan.frontend.ast.Arguments;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.ast.Stmt;
import java.math.BigInteger;
import java.util.List;

/** Short constructors for hand-built trees in tests (positions are all {@link Span#NONE}). */
public final class Trees {
  public static final Span S = Span.NONE;

  private Trees() {}

  public static Expr.Name load(String id) {
    return new Expr.Name(id, ExprContext.Load, S);
  }

  public static Expr.Name store(String id) {
    return new Expr.Name(id, ExprContext.Store, S);
  }

  public static Expr.Constant num(long v) {
    return new Expr.Constant(new ConstantValue.IntValue(BigInteger.valueOf(v)), null, S);
  }

  public static Expr.Constant str(String v) {
    return new Expr.Constant(new ConstantValue.StrValue(v), null, S);
  }

  public static Arguments noArgs() {
    return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
  }

  public static Arguments args(String... names) {
    return new Arguments(
        List.of(),
        java.util.Arrays.stream(names).map(n -> new dev.taipan.frontend.ast.Arg(n, null, null, S)).toList(),
        null,
        List.of(),
        List.of(),
        null,
        List.of());
  }

  public static Stmt.FunctionDef def(String name, Arguments args, Stmt... body) {
    return new Stmt.FunctionDef(name, args, List.of(body), List.of(), null, null, List.of(), S);
  }

  public static Stmt.ClassDef cls(String name, Stmt... body) {
    return new Stmt.ClassDef(name, List.of(), List.of(), List.of(body), List.of(), List.of(), S);
  }

  public static Stmt.Assign assign(String target, Expr value) {
    return new Stmt.Assign(List.of(store(target)), value, null, S);
  }

  public static Stmt.Expr expr(Expr e) {
    return new Stmt.Expr(e, S);
  }

  public static Stmt.Return ret(Expr e) {
    return new Stmt.Return(e, S);
  }

  public static Mod.Module module(Stmt... body) {
    return new Mod.Module(List.of(body), List.of());
  }
}
