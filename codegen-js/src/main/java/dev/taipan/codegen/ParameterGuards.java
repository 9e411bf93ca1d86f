package dev.taipan.codegen;

import dev.taipan.frontend.ast.Arg;
import dev.taipan.frontend.ast.Arguments;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.scope.Scope;
import dev.taipan.frontend.scope.Symbol;
import dev.taipan.frontend.scope.SymbolScope;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the parameters of a `def` whose int-ness is worth testing once at entry: when each holds
 * an int within known bounds, a specialised copy of the body runs in which reads of them need no
 * type checks and arithmetic that provably stays in the safe range is plain JS arithmetic
 * ({@link IntRanges}); otherwise the generic body runs. Callers pass anything, so without the
 * guard a parameter's type is unknown.
 *
 * <p>Only small, plain functions qualify: not generators or coroutines, no nested scopes (the body
 * is emitted twice, and a closure must see one set of variables), and each guarded parameter a
 * local that the body never rebinds (the symbol table's DEF_LOCAL flag covers every kind of
 * binding, del included), so the fact holds for the whole run of the body.
 */
final class ParameterGuards {
  /** Bodies with more AST nodes than this are not duplicated. */
  private static final int MAX_NODES = 160;
  /** `(p | 0) === p`: an int32. */
  private static final IntRanges.Range INT32 = new IntRanges.Range(BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE));
  /** A narrower bound under which products of two parameters stay safe. */
  private static final IntRanges.Range NARROW = IntRanges.Range.symmetric(BigInteger.ONE.shiftLeft(25));

  private ParameterGuards() {}

  /** The guarded parameters and their common range; {@code narrow} when the range is NARROW rather than INT32. */
  record Guard(Map<String, IntRanges.Range> params, boolean narrow) {
    /** The JS test, true when every guarded parameter holds an int in its range. */
    String test() {
      Map<String, String> refs = new LinkedHashMap<>();
      for (String p : params.keySet()) {
        refs.put(p, JsNames.ident(p));
      }
      return test(refs);
    }

    /** The same test on other JS references (a call's arguments), given per parameter name. */
    String test(Map<String, String> refs) {
      List<String> parts = new ArrayList<>();
      for (String p : params.keySet()) {
        parts.add(testOne(refs.get(p)));
      }
      return String.join(" && ", parts);
    }

    /** The test of one guarded parameter on the JS reference `js`: true when it holds an int in the guard's range. */
    String testOne(String js) {
      String test = "typeof " + js + " === 'number' && (" + js + " | 0) === " + js;
      return narrow ? test + " && " + js + " >= -" + NARROW.hi() + " && " + js + " <= " + NARROW.hi() : test;
    }
  }

  /** The guard for a function, or null when no specialised body is worth emitting. */
  static Guard find(Arguments args, List<Stmt> body, Scope scope) {
    if (scope.isGenerator() || scope.isCoroutine()) {
      return null;
    }
    int[] nodes = {0};
    boolean[] nested = {false};
    AstNodes.preorder(body, n -> {
      nodes[0]++;
      if (n instanceof Stmt.FunctionDef || n instanceof Stmt.AsyncFunctionDef || n instanceof Stmt.ClassDef || n instanceof Expr.Lambda
          || n instanceof Expr.ListComp || n instanceof Expr.SetComp || n instanceof Expr.DictComp || n instanceof Expr.GeneratorExp) {
        nested[0] = true;
      }
    });
    if (nested[0] || nodes[0] > MAX_NODES) {
      return null;
    }
    Set<String> candidates = new LinkedHashSet<>();
    List<Arg> named = new ArrayList<>(args.posonlyargs());
    named.addAll(args.args());
    named.addAll(args.kwonlyargs());
    for (Arg a : named) {
      Symbol s = scope.lookup(a.arg());
      if (s != null && s.isParameter() && !s.isAssigned() && s.scope() == SymbolScope.LOCAL) {
        candidates.add(a.arg());
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    Guard wide = guard(body, candidates, INT32, false);
    Guard narrow = guard(body, candidates, NARROW, true);
    int wideGain = gain(body, wide);
    int narrowGain = gain(body, narrow);
    Guard chosen = narrowGain > wideGain ? narrow : wide;
    return chosen.params().isEmpty() ? null : chosen;
  }

  /**
   * The candidates that the body uses with ints, all with `range`. The evidence is int arithmetic
   * that the guard makes plain and that involves an int literal (`n - 1`, `(i + j) * (i + j + 1)`),
   * or a comparison of a parameter with an int literal (`n < 2`); `s + t` or `d[k]` alone is no
   * evidence (strs and lists are added too, dicts take any key), so functions on other types are
   * not duplicated for nothing.
   */
  private static Guard guard(List<Stmt> body, Set<String> candidates, IntRanges.Range range, boolean narrow) {
    Map<String, IntRanges.Range> all = new LinkedHashMap<>();
    for (String c : candidates) {
      all.put(c, range);
    }
    Set<String> used = new LinkedHashSet<>();
    AstNodes.preorder(body, n -> {
      switch (n) {
        case Expr.BinOp b when IntRanges.of(b, all) != null && containsIntLiteral(b) -> namesIn(b, candidates, used);
        case Expr.Compare c -> {
          List<Expr> operands = new ArrayList<>(c.comparators());
          operands.add(0, c.left());
          boolean literal = operands.stream().anyMatch(ParameterGuards::isIntLiteral);
          for (Expr o : operands) {
            if (literal && o instanceof Expr.Name name && candidates.contains(name.id())) {
              used.add(name.id());
            }
          }
        }
        default -> {}
      }
    });
    Map<String, IntRanges.Range> params = new LinkedHashMap<>();
    for (String c : candidates) {
      if (used.contains(c)) {
        params.put(c, range);
      }
    }
    return new Guard(params, narrow);
  }

  private static boolean isIntLiteral(Expr e) {
    return e instanceof Expr.Constant c && c.value() instanceof ConstantValue.IntValue
        || e instanceof Expr.UnaryOp u && u.op() == dev.taipan.frontend.ast.UnaryOperator.USub && isIntLiteral(u.operand());
  }

  private static boolean containsIntLiteral(Expr e) {
    boolean[] found = {false};
    AstNodes.preorder(e, n -> {
      if (n instanceof Expr.Constant c && c.value() instanceof ConstantValue.IntValue) {
        found[0] = true;
      }
    });
    return found[0];
  }

  private static void namesIn(Expr e, Set<String> candidates, Set<String> used) {
    AstNodes.preorder(e, n -> {
      if (n instanceof Expr.Name name && candidates.contains(name.id())) {
        used.add(name.id());
      }
    });
  }

  /** How many arithmetic operations the guard turns into plain JS arithmetic, plus one per guarded parameter. */
  private static int gain(List<Stmt> body, Guard g) {
    int[] count = {g.params().size()};
    AstNodes.preorder(body, n -> {
      if (n instanceof Expr.BinOp b && IntRanges.of(b, g.params()) != null) {
        count[0]++;
      }
    });
    return count[0];
  }
}
