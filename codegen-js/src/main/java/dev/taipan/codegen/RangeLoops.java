package dev.taipan.codegen;

import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.ast.UnaryOperator;
import java.math.BigInteger;
import java.util.List;

/**
 * Recognises iteration over the builtin {@code range(...)} with a literal step, so a loop over it
 * (in a comprehension or generator expression) can be a counting JS loop instead of an iterator.
 * The bounds go through the runtime's {@code rangeArg}, which raises what {@code range()} raises.
 */
final class RangeLoops {
  private final ModuleEmitter m;

  RangeLoops(ModuleEmitter m) {
    this.m = m;
  }

  /** A range call's arguments and its literal step. */
  record Range(List<Expr> args, int step) {}

  /** The range being iterated by `iter`, or null when it is not a call of the builtin with a small literal step. */
  Range of(Expr iter, Frame f) {
    if (iter instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("range")
        && m.names.isBuiltin("range", f) && c.keywords().isEmpty() && !c.args().isEmpty() && c.args().size() <= 3
        && c.args().stream().noneMatch(a -> a instanceof Expr.Starred)) {
      BigInteger step = c.args().size() == 3 ? literalInt(c.args().get(2)) : BigInteger.ONE;
      if (step != null && step.signum() != 0 && step.abs().bitLength() < 31) {
        return new Range(c.args(), step.intValue());
      }
    }
    return null;
  }

  private static BigInteger literalInt(Expr e) {
    if (e instanceof Expr.Constant c && c.value() instanceof ConstantValue.IntValue i) {
      return i.value();
    }
    if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub
        && u.operand() instanceof Expr.Constant c && c.value() instanceof ConstantValue.IntValue i) {
      return i.value().negate();
    }
    return null;
  }

  /** The JS values of start and stop, evaluated in `f` in Python's order (the step is a literal). */
  String[] bounds(Range r, Frame f) {
    String arg = m.imports.ref("types/range.js", "rangeArg");
    if (r.args().size() == 1) {
      return new String[] {"0", arg + "(" + m.expressions.emit(r.args().get(0), f) + ")"};
    }
    String start = m.expressions.emit(r.args().get(0), f);
    String stop = m.expressions.emit(r.args().get(1), f);
    if (r.args().get(1) instanceof Expr.Constant) {
      return new String[] {arg + "(" + start + ")", arg + "(" + stop + ")"};
    }
    // range() converts its arguments after evaluating both.
    String s = m.temp(f);
    String e = m.temp(f);
    return new String[] {"(" + s + " = " + start + ", " + e + " = " + stop + ", " + arg + "(" + s + "))", arg + "(" + e + ")"};
  }

  /** Names that some `NAME = range(...)` of the module assigns (see countableName). */
  private final java.util.Set<String> rangeNames = new java.util.HashSet<>();

  /** Records the names the module assigns `range(...)` calls to. */
  void scan(Object module) {
    AstNodes.preorder(module, n -> {
      if (n instanceof Stmt.Assign a && a.value() instanceof Expr.Call c && c.func() instanceof Expr.Name f
          && f.id().equals("range")) {
        for (Expr t : a.targets()) {
          if (t instanceof Expr.Name name) {
            rangeNames.add(name.id());
          }
        }
      }
    });
  }

  /** Loop bodies with more AST nodes than this are not emitted twice. */
  private static final int MAX_DUPLICATED_NODES = 200;

  /**
   * Whether `for x in NAME:` may be emitted as two loops, a counting one taken when the value is a
   * range of safe ints and the generic iterator loop: the iterable is a plain name (evaluated once
   * either way) that the module assigns a `range(...)` call to somewhere (so loops over lists,
   * which the iterator loop already runs fast, keep one loop; which loop runs is decided at run
   * time either way), and the body is small and holds no nested loop, scope (def, class, lambda,
   * comprehension) or suspension point, so emitting it twice costs little code and emits nothing
   * that must exist once.
   */
  boolean countableName(Stmt.For fo) {
    if (!(fo.iter() instanceof Expr.Name name) || !rangeNames.contains(name.id())) {
      return false;
    }
    int[] nodes = {0};
    boolean[] excluded = {false};
    AstNodes.preorder(fo.body(), n -> {
      nodes[0]++;
      switch (n) {
        case Stmt.For x -> excluded[0] = true;
        case Stmt.AsyncFor x -> excluded[0] = true;
        case Stmt.While x -> excluded[0] = true;
        case Stmt.FunctionDef x -> excluded[0] = true;
        case Stmt.AsyncFunctionDef x -> excluded[0] = true;
        case Stmt.ClassDef x -> excluded[0] = true;
        case Expr.Lambda x -> excluded[0] = true;
        case Expr.ListComp x -> excluded[0] = true;
        case Expr.SetComp x -> excluded[0] = true;
        case Expr.DictComp x -> excluded[0] = true;
        case Expr.GeneratorExp x -> excluded[0] = true;
        case Expr.Yield x -> excluded[0] = true;
        case Expr.YieldFrom x -> excluded[0] = true;
        case Expr.Await x -> excluded[0] = true;
        default -> { }
      }
    });
    return !excluded[0] && nodes[0] <= MAX_DUPLICATED_NODES;
  }

  /** The header `for (let i = START, e = STOP; cond; incr)` of a counting loop over given bounds. */
  String header(String i, String end, String start, String stop, int step) {
    String cond = step > 0 ? i + " < " + end : i + " > " + end;
    String incr = step == 1 ? i + "++" : step == -1 ? i + "--" : i + " += " + step;
    return header(i, end, start, stop, step, cond, incr);
  }

  /**
   * A counting loop with condition {@code cond} and increment {@code incr} over doubles while both
   * bounds are JS numbers; when one is a BigInt (past the safe ints) the values come from the
   * runtime's exact iterator ({@code wideRange}) instead, so a range across 2**53 neither repeats
   * 2**53 forever nor yields BigInts for small values.
   */
  String header(String i, String end, String start, String stop, int step, String cond, String incr) {
    String w = m.fresh("w");
    String wide = m.imports.ref("types/range.js", "wideRange");
    return "for (let " + i + " = " + start + ", " + end + " = " + stop + ", " + w + " = " + wide + "(" + i + ", " + end + ", "
        + step + "); " + w + " === null ? " + cond + " : (" + i + " = " + w + ".next()) !== undefined; " + w + " === null && ("
        + incr + "))";
  }
}
