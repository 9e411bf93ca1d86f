package dev.taipan.codegen;

import dev.taipan.frontend.ast.Comprehension;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Loop-invariant guards of a `sum` loop whose element calls a raw-double entry point
 * ({@link FloatReturns}): `sum(f(i, j) * u[j] for j in range(a, b))`. Per element, the element code
 * of {@link ComprehensionEmitter} tests that `f` still is the function, that the arguments pass its
 * guard, that `u` is a plain list and `j` within it, and that the accumulator is a JS number. None
 * of these can change between two elements unless user code runs: the callee and the free names
 * are variables that only Python code rebinds, a list's length changes only by Python code, the
 * loop variable goes from `a` towards `b`, and the accumulator stays a JS number while the
 * elements are floats. So the loop is two: an inner one, entered when those tests (the loop
 * variable's made on the range's bounds) hold, in which an element is only the factor's type test,
 * the quotient and the addition; it stops at an element whose factor is not a JS number or a
 * `PyFloat` (the only case in which user code may run: an `__rmul__`, or a generic `+` after it).
 * That element is then evaluated by the element code of before, which tests everything again and
 * may run user code, and the tests are made again before the next element.
 *
 * <p>Nothing in the inner loop can be observed or raise but a zero divisor, so it runs on copies of
 * the free names and the list (locals, which V8 keeps in registers, where closure variables are
 * loaded again per element) and computes the bare quotient, without the zero test, which costs a
 * third of the loop: a zero divisor gives an infinity or a NaN, and the accumulator, once an
 * infinity or a NaN has been added to it, never becomes finite again. So when the accumulator is
 * not finite after the inner loop, the elements it added are computed again by the entry point with
 * the zero test, which calls the Python function at the first zero divisor to raise its
 * `ZeroDivisionError` (a non-finite sum of non-zero divisors just costs the second pass). That is
 * before the element that stopped the inner loop runs any user code, and the elements after the
 * zero divisor that the inner loop computed had no observable effect.
 *
 * <p>The tests are made at the first element, not before the loop, so an empty range reads no
 * variable. Reading the names is side-effect free (they are plain JS variables), and so is reading
 * `u[j]` of a plain list within its length, so the inner loop may read the factor before computing
 * the quotient.
 *
 * <p>Only a generator expression with one `for` over the builtin range with a name target and no
 * `if` qualifies, with a factor that is absent, a name or `name[j]` on the loop variable `j`.
 */
final class SumLoopGuards {
  private static final Pattern IDENT = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private final ModuleEmitter m;

  SumLoopGuards(ModuleEmitter m) {
    this.m = m;
  }

  /**
   * The loop over the range's bounds `$s`, `$e`, evaluating each element by the hoisted tests when
   * they hold and by {@code element} (the element code of before) otherwise; null when the
   * generator does not have the shape.
   */
  String loop(ComprehensionEmitter.RawItem item, Comprehension gen, RangeLoops.Range range, String element, Frame inner) {
    if (range == null || !(gen.target() instanceof Expr.Name target) || !gen.ifs().isEmpty() || gen.isAsync() != 0) {
      return null;
    }
    String loopVar = m.expressions.emit(target, inner);
    if (!IDENT.matcher(loopVar).matches()) {
      return null;
    }
    if (!factorFits(item.factor(), target, inner)) {
      return null;
    }
    String x = m.fresh("x");
    String end = m.fresh("e");
    String z = m.fresh("z");
    String from = m.fresh("w");
    // Copies of the names read by the inner loop, made where it is entered.
    Map<String, String> copies = new LinkedHashMap<>();
    List<String> tests = new ArrayList<>();
    tests.add("typeof $r === 'number'");
    tests.add(item.callee() + " === " + item.raw().function() + " && " + item.raw().function() + " !== undefined");
    ParameterGuards.Guard guard = item.raw().guard();
    List<Expr> argExprs = item.call().args();
    List<String> fastArgs = new ArrayList<>();
    List<String> checkArgs = new ArrayList<>();
    for (int i = 0; i < argExprs.size(); i++) {
      String param = item.raw().params().get(i);
      IntRanges.Range bounds = guard.params().get(param);
      String js = item.args().get(i);
      boolean loopArg = argExprs.get(i) instanceof Expr.Name n && n.id().equals(target.id());
      if (loopArg) {
        fastArgs.add(x);
        checkArgs.add(z);
      } else {
        String ref = argExprs.get(i) instanceof Expr.Name ? copies.computeIfAbsent(js, k -> m.fresh("q")) : js;
        fastArgs.add(ref);
        checkArgs.add(ref);
      }
      if (bounds == null) {
        continue;
      }
      if (loopArg) {
        tests.add(within(range.step(), bounds.lo(), bounds.hi().add(BigInteger.ONE)));
      } else {
        tests.add(guard.testOne(js));
      }
    }
    String read;
    Expr factor = item.factor();
    if (factor == null) {
      read = null;
    } else if (factor instanceof Expr.Name) {
      String y = m.expressions.emit(factor, inner);
      read = y.equals(loopVar) ? x : copies.computeIfAbsent(y, k -> m.fresh("q"));
    } else {
      String u = m.expressions.emit(((Expr.Subscript) factor).value(), inner);
      tests.add("Array.isArray(" + u + ") && " + u + ".$cls === undefined && " + within(range.step(), BigInteger.ZERO, u + ".length"));
      read = copies.computeIfAbsent(u, key -> m.fresh("q")) + "[" + x + "]";
    }
    // The inner loop counts in doubles: exact only while both bounds are JS numbers (rangeArg gives
    // a BigInt past the safe ints, and the outer loop then takes values from wideRange).
    tests.add(0, "typeof $s === 'number' && typeof $e === 'number'");
    String more = range.step() > 0 ? x + " < " + end : x + " > " + end;
    String next = range.step() == 1 ? "++" : range.step() == -1 ? "--" : " += " + range.step();
    String quotient = item.raw().quotient() + "(" + String.join(", ", fastArgs) + ")";
    String fast;
    if (read == null) {
      fast = "$r = $r + " + quotient + "; $isf = true;";
    } else {
      String y = m.temp(inner);
      fast = y + " = " + read + "; if (typeof " + y + " !== 'number') { if (" + y + " != null && " + y + ".constructor === "
          + m.imports.ref("types/float.js", "PyFloat") + ") " + y + " = " + y + ".v; else break; } $r = $r + " + quotient + " * " + y
          + "; $isf = true;";
    }
    StringBuilder enter = new StringBuilder("const " + from + " = " + x);
    copies.forEach((name, copy) -> enter.append(", ").append(copy).append(" = ").append(name));
    String check = m.out.mark(item.call().span(), item.raw().entry() + "(" + String.join(", ", checkArgs) + ")");
    String assign = m.targets.assign(target, x, inner) + "; ";
    return m.ranges.header(x, end, "$s", "$e", range.step(), more, x + next) + " { if (" + String.join(" && ", tests) + ") { "
        + enter + "; for (; " + more + "; " + x + next + ") { " + fast + " } if (!Number.isFinite($r)) for (let " + z + " = " + from + "; "
        + z + " !== " + x + "; " + z + next + ") " + check + "; if (!(" + more + ")) break; } " + assign + element + " }";
  }

  /**
   * Whether the factor is absent, a name or `u[j]` (`u` a name other than the loop variable `j`),
   * each name a plain JS variable, so that reading it is side-effect free.
   */
  private boolean factorFits(Expr factor, Expr.Name target, Frame inner) {
    if (factor == null) {
      return true;
    }
    if (factor instanceof Expr.Name) {
      return IDENT.matcher(m.expressions.emit(factor, inner)).matches();
    }
    return factor instanceof Expr.Subscript s && s.value() instanceof Expr.Name list && !list.id().equals(target.id())
        && s.slice() instanceof Expr.Name k && k.id().equals(target.id()) && IDENT.matcher(m.expressions.emit(list, inner)).matches();
  }

  /**
   * True at run time when every value of the range loop over `$s`, `$e` with `step` is at least
   * `lo` and below `end`: the first value is `$s`, the others move towards `$e`, which no value
   * reaches. Comparisons only, exact for numbers and BigInts alike.
   */
  private static String within(int step, BigInteger lo, Object end) {
    if (step > 0) {
      return "$s >= " + lo + " && $e <= " + end;
    }
    // Values from $s down to above $e: all >= lo when $e >= lo - 1, all < end when $s < end.
    return "$e >= " + lo.subtract(BigInteger.ONE) + " && $s < " + end;
  }
}
