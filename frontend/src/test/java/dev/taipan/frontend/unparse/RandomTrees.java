package dev.taipan.frontend.unparse;

import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.Arg;
import dev.taipan.frontend.ast.Arguments;
import dev.taipan.frontend.ast.BoolOperator;
import dev.taipan.frontend.ast.CmpOp;
import dev.taipan.frontend.ast.Comprehension;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.ExceptHandler;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Keyword;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Operator;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.ast.UnaryOperator;
import dev.taipan.frontend.ast.WithItem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random trees of bounded depth in the shapes CPython's parser produces (correct contexts,
 * non-negative literals, merged f-string parts), for round-trip properties.
 */
final class RandomTrees {
  private static final Span S = Span.NONE;
  private static final String[] NAMES = {"a", "b", "x", "y", "f", "obj", "_", "match", "case", "type", "Ünï"};
  private static final String[] STRINGS = {"", "text", "it's", "say \"hi\"", "both ' and \"", "back\\slash", "new\nline", "tab\t", "nul\0", "é😀", "{braces}", "\u2028"};

  private final Random r;

  RandomTrees(Random r) {
    this.r = r;
  }

  private <T> T pick(T[] xs) {
    return xs[r.nextInt(xs.length)];
  }

  private String name() {
    return pick(NAMES);
  }

  Expr.Name load() {
    return new Expr.Name(name(), ExprContext.Load, S);
  }

  Expr constant() {
    ConstantValue v =
        switch (r.nextInt(8)) {
          case 0 -> new ConstantValue.IntValue(new BigInteger(1 + r.nextInt(100), r));
          case 1 -> new ConstantValue.FloatValue(Math.abs(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20)));
          case 2 -> new ConstantValue.ComplexValue(0, r.nextInt(1000) / 8.0);
          case 3 -> new ConstantValue.BytesValue(randomBytes());
          case 4 -> pick(ConstantValue.Singleton.values());
          default -> new ConstantValue.StrValue(pick(STRINGS));
        };
    return new Expr.Constant(v, null, S);
  }

  private byte[] randomBytes() {
    byte[] b = new byte[r.nextInt(5)];
    r.nextBytes(b);
    return b;
  }

  private List<Expr> exprs(int depth, int max) {
    List<Expr> out = new ArrayList<>();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      out.add(expr(depth));
    }
    return out;
  }

  Expr expr(int depth) {
    if (depth <= 0) {
      return r.nextBoolean() ? load() : constant();
    }
    int d = depth - 1;
    return switch (r.nextInt(24)) {
      case 0 -> new Expr.BoolOp(pick(BoolOperator.values()), List.of(expr(d), expr(d), expr(d)).subList(0, 2 + r.nextInt(2)), S);
      case 1 -> new Expr.NamedExpr(store(), expr(d), S);
      case 2, 3 -> new Expr.BinOp(expr(d), pick(Operator.values()), expr(d), S);
      case 4 -> new Expr.UnaryOp(pick(UnaryOperator.values()), expr(d), S);
      case 5 -> new Expr.Lambda(arguments(d, false), expr(d), S);
      case 6 -> new Expr.IfExp(expr(d), expr(d), expr(d), S);
      case 7 -> dict(d);
      case 8 -> new Expr.Set(withStarred(d, 1 + r.nextInt(3)), S);
      case 9 -> new Expr.ListComp(expr(d), generators(d), S);
      case 10 -> new Expr.SetComp(expr(d), generators(d), S);
      case 11 -> new Expr.DictComp(expr(d), expr(d), generators(d), S);
      case 12 -> new Expr.GeneratorExp(expr(d), generators(d), S);
      case 13 -> new Expr.Await(expr(d), S);
      case 14 -> compare(d);
      case 15 -> call(d);
      case 16 -> fstring(d);
      case 17 -> new Expr.Attribute(expr(d), name(), ExprContext.Load, S);
      case 18 -> new Expr.Subscript(expr(d), slice(d), ExprContext.Load, S);
      case 19 -> new Expr.List(withStarred(d, r.nextInt(4)), ExprContext.Load, S);
      case 20 -> new Expr.Tuple(withStarred(d, r.nextInt(4)), ExprContext.Load, S);
      default -> r.nextBoolean() ? load() : constant();
    };
  }

  private List<Expr> withStarred(int d, int n) {
    List<Expr> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(r.nextInt(5) == 0 ? new Expr.Starred(expr(d), ExprContext.Load, S) : expr(d));
    }
    return out;
  }

  private Expr dict(int d) {
    List<Expr> keys = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      keys.add(r.nextInt(4) == 0 ? null : expr(d));
      values.add(expr(d));
    }
    return new Expr.Dict(keys, values, S);
  }

  private Expr compare(int d) {
    int n = 1 + r.nextInt(3);
    List<CmpOp> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ops.add(pick(CmpOp.values()));
    }
    List<Expr> comps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      comps.add(expr(d));
    }
    return new Expr.Compare(expr(d), ops, comps, S);
  }

  private Expr call(int d) {
    List<Keyword> kws = new ArrayList<>();
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      kws.add(new Keyword(r.nextInt(3) == 0 ? null : "k" + i, expr(d), S));
    }
    return new Expr.Call(expr(d), withStarred(d, r.nextInt(3)), kws, S);
  }

  private Expr slice(int d) {
    return switch (r.nextInt(4)) {
      case 0 -> new Expr.Slice(maybe(d), maybe(d), maybe(d), S);
      case 1 -> new Expr.Tuple(List.of(new Expr.Slice(maybe(d), maybe(d), null, S), expr(d)), ExprContext.Load, S);
      default -> expr(d);
    };
  }

  private Expr maybe(int d) {
    return r.nextBoolean() ? expr(d) : null;
  }

  private Expr fstring(int d) {
    List<Expr> parts = new ArrayList<>();
    boolean lastConstant = false;
    int n = 1 + r.nextInt(3);
    for (int i = 0; i < n; i++) {
      if (!lastConstant && r.nextBoolean()) {
        String s = pick(STRINGS);
        if (!s.isEmpty()) {
          parts.add(new Expr.Constant(new ConstantValue.StrValue(s), null, S));
          lastConstant = true;
          continue;
        }
      }
      int conversion = new int[] {-1, 's', 'r', 'a'}[r.nextInt(4)];
      Expr spec =
          r.nextInt(3) == 0
              ? new Expr.JoinedStr(List.of(new Expr.Constant(new ConstantValue.StrValue(">10"), null, S)), S)
              : null;
      parts.add(new Expr.FormattedValue(fieldExpr(d), conversion, spec, S));
      lastConstant = false;
    }
    return new Expr.JoinedStr(parts, S);
  }

  /**
   * A replacement-field expression that 3.11 source can spell: no string needing a backslash
   * (3.11 forbids backslashes inside replacement fields), so no such AST comes from its parser.
   */
  private Expr fieldExpr(int d) {
    Expr leaf =
        switch (r.nextInt(4)) {
          case 0 -> new Expr.Constant(new ConstantValue.IntValue(BigInteger.valueOf(r.nextInt(1000))), null, S);
          case 1 -> new Expr.Constant(new ConstantValue.StrValue(pick(new String[] {"text", "it's", "say \"hi\"", "é😀"})), null, S);
          default -> load();
        };
    if (d <= 0) {
      return leaf;
    }
    return switch (r.nextInt(4)) {
      case 0 -> new Expr.BinOp(leaf, pick(Operator.values()), fieldExpr(d - 1), S);
      case 1 -> new Expr.Call(load(), List.of(fieldExpr(d - 1)), List.of(), S);
      case 2 -> new Expr.Subscript(load(), fieldExpr(d - 1), ExprContext.Load, S);
      default -> leaf;
    };
  }

  private List<Comprehension> generators(int d) {
    List<Comprehension> out = new ArrayList<>();
    int n = 1 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      out.add(new Comprehension(target(), expr(d), exprs(d, 1), 0));
    }
    return out;
  }

  Expr.Name store() {
    return new Expr.Name(name(), ExprContext.Store, S);
  }

  /** An assignment or loop target. */
  Expr target() {
    return switch (r.nextInt(5)) {
      case 0 -> new Expr.Tuple(List.of(store(), store()), ExprContext.Store, S);
      case 1 -> new Expr.Attribute(load(), name(), ExprContext.Store, S);
      case 2 -> new Expr.Subscript(load(), load(), ExprContext.Store, S);
      default -> store();
    };
  }

  /** A {@code del} target. */
  Expr deleted() {
    return switch (r.nextInt(3)) {
      case 0 -> new Expr.Attribute(load(), name(), ExprContext.Del, S);
      case 1 -> new Expr.Subscript(load(), load(), ExprContext.Del, S);
      default -> new Expr.Name(name(), ExprContext.Del, S);
    };
  }

  private Arguments arguments(int d, boolean annotations) {
    List<Arg> args = new ArrayList<>();
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      args.add(new Arg("p" + i, annotations && r.nextBoolean() ? expr(d) : null, null, S));
    }
    List<Expr> defaults = new ArrayList<>();
    int nd = n == 0 ? 0 : r.nextInt(n + 1);
    for (int i = 0; i < nd; i++) {
      defaults.add(expr(d));
    }
    Arg vararg = r.nextInt(3) == 0 ? new Arg("rest", null, null, S) : null;
    List<Arg> kwonly = new ArrayList<>();
    List<Expr> kwDefaults = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      kwonly.add(new Arg("kw", null, null, S));
      kwDefaults.add(r.nextBoolean() ? expr(d) : null);
    }
    Arg kwarg = r.nextInt(3) == 0 ? new Arg("options", null, null, S) : null;
    return new Arguments(List.of(), args, vararg, kwonly, kwDefaults, kwarg, defaults);
  }

  Mod.Module module(int depth) {
    return new Mod.Module(stmts(depth, 3, false), List.of());
  }

  private List<Stmt> stmts(int depth, int max, boolean inFunction) {
    List<Stmt> out = new ArrayList<>();
    int n = 1 + r.nextInt(max);
    for (int i = 0; i < n; i++) {
      out.add(stmt(depth, inFunction));
    }
    return out;
  }

  Stmt stmt(int depth, boolean inFunction) {
    int d = depth - 1;
    int e = Math.max(0, Math.min(depth, 3));
    if (depth <= 0) {
      return new Stmt.Expr(expr(e), S);
    }
    return switch (r.nextInt(18)) {
      case 0 -> new Stmt.Assign(List.of(target()), expr(e), null, S);
      case 1 -> new Stmt.AugAssign(store(), pick(Operator.values()), expr(e), S);
      case 2 -> new Stmt.AnnAssign(store(), expr(1), r.nextBoolean() ? expr(e) : null, 1, S);
      case 3 -> new Stmt.If(expr(e), stmts(d, 2, inFunction), r.nextBoolean() ? stmts(d, 2, inFunction) : List.of(), S);
      case 4 -> new Stmt.While(expr(e), stmts(d, 2, inFunction), List.of(), S);
      case 5 -> new Stmt.For(target(), expr(e), stmts(d, 2, inFunction), List.of(), null, S);
      case 6 -> new Stmt.FunctionDef("fn", arguments(1, true), stmts(d, 2, true), exprs(1, 1), r.nextBoolean() ? load() : null, null, List.of(), S);
      case 7 -> new Stmt.ClassDef("K", exprs(1, 2), List.of(), stmts(d, 2, false), List.of(), List.of(), S);
      case 8 -> inFunction ? new Stmt.Return(r.nextBoolean() ? expr(e) : null, S) : new Stmt.Pass(S);
      case 9 -> new Stmt.Delete(List.of(deleted()), S);
      case 10 -> new Stmt.Raise(r.nextBoolean() ? expr(e) : null, null, S);
      case 11 ->
          new Stmt.Try(
              stmts(d, 2, inFunction),
              List.of(new ExceptHandler(load(), r.nextBoolean() ? "err" : null, stmts(d, 1, inFunction), S)),
              List.of(),
              r.nextBoolean() ? stmts(d, 1, inFunction) : List.of(),
              S);
      case 12 -> new Stmt.With(List.of(new WithItem(expr(e), r.nextBoolean() ? store() : null)), stmts(d, 2, inFunction), null, S);
      case 13 -> new Stmt.Assert(expr(e), r.nextBoolean() ? expr(e) : null, S);
      case 14 -> new Stmt.Import(List.of(new Alias("os.path", r.nextBoolean() ? "p" : null, S)), S);
      case 15 -> new Stmt.ImportFrom(r.nextBoolean() ? "pkg" : null, List.of(new Alias("name", null, S)), 1 + r.nextInt(2), S);
      case 16 -> new Stmt.Global(List.of(name()), S);
      default -> new Stmt.Expr(expr(e), S);
    };
  }
}
