package dev.taipan.compiler.route;

import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Keyword;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.ast.Stmt;
import java.util.Arrays;
import java.util.List;

/** Builds the few AST shapes the router reads, each at a given line, for tests. */
final class Ast {
  private Ast() {}

  static Span at(int line) {
    return new Span(line, 0, line, 1);
  }

  static Mod.Module module(Stmt... body) {
    return new Mod.Module(List.of(body), List.of());
  }

  static Stmt.Import importStmt(int line, String... names) {
    return new Stmt.Import(Arrays.stream(names).map(n -> new Alias(n, null, at(line))).toList(), at(line));
  }

  static Stmt.ImportFrom fromImport(int line, int level, String module, String... names) {
    return new Stmt.ImportFrom(module, Arrays.stream(names).map(n -> new Alias(n, null, at(line))).toList(), level, at(line));
  }

  static Stmt.Expr call(int line, String function) {
    return new Stmt.Expr(new Expr.Call(new Expr.Name(function, ExprContext.Load, at(line)), List.of(), List.of(), at(line)), at(line));
  }

  static Stmt.Expr attributeCall(int line, String object, String attr) {
    Expr f = new Expr.Attribute(new Expr.Name(object, ExprContext.Load, at(line)), attr, ExprContext.Load, at(line));
    return new Stmt.Expr(new Expr.Call(f, List.of(), List.of(), at(line)), at(line));
  }

  static Stmt.ClassDef classWithMetaclass(int line, String name, String metaclass) {
    Keyword k = new Keyword("metaclass", new Expr.Name(metaclass, ExprContext.Load, at(line)), at(line));
    return new Stmt.ClassDef(name, List.of(), List.of(k), List.of(new Stmt.Pass(at(line + 1))), List.of(), List.of(), at(line));
  }

  static Stmt.ClassDef classWithBase(int line, String name, Expr base) {
    return new Stmt.ClassDef(name, List.of(base), List.of(), List.of(new Stmt.Pass(at(line + 1))), List.of(), List.of(), at(line));
  }

  static Expr.Name name(int line, String id) {
    return new Expr.Name(id, ExprContext.Load, at(line));
  }

  static Expr.Attribute attribute(int line, String object, String attr) {
    return new Expr.Attribute(name(line, object), attr, ExprContext.Load, at(line));
  }

  static Stmt.FunctionDef function(int line, String name, Stmt... body) {
    dev.taipan.frontend.ast.Arguments args = new dev.taipan.frontend.ast.Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    return new Stmt.FunctionDef(name, args, List.of(body), List.of(), null, null, List.of(), at(line));
  }
}
