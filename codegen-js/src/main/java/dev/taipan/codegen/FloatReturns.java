package dev.taipan.codegen;

import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Operator;
import dev.taipan.frontend.ast.Stmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Module-level functions whose specialised body always returns a float, called from `sum(...)`
 * loops as a raw double. A float result that may also be a `PyFloat` box (an integral float, such
 * as `1.0 / 1`) makes V8 merge the double with the box, so every result of the inlined function is
 * an allocated heap number; a second entry point that returns the bare double, used only where the
 * caller keeps the value as a known float (the `sum` lowering of {@link ComprehensionEmitter}), has
 * no such merge and allocates nothing.
 *
 * <p>The shape recognised is a body (after a docstring) of one `return c / x` with `c` a float
 * literal and `x` int arithmetic that the function's parameter guard proves to be a safe int
 * ({@link IntRanges}): with guarded arguments the result is `c / x` in IEEE arithmetic, exactly
 * CPython's float division by an int that converts exactly. A zero divisor calls the Python
 * function itself, which raises. Call sites test at run time that the global still holds that
 * function and that the arguments pass its guard; otherwise they make the ordinary call.
 */
final class FloatReturns {
  /**
   * A function with a raw-double entry point: the variable holding the Python function, the entry
   * point, the bare quotient (no zero test: a zero divisor gives an infinity or NaN), its guard.
   */
  record Raw(String function, String entry, String quotient, ParameterGuards.Guard guard, List<String> params) {
    /** The guard's test on the argument references, in the order of the parameters. */
    String test(List<String> args) {
      Map<String, String> refs = new HashMap<>();
      for (int i = 0; i < params.size(); i++) {
        refs.put(params.get(i), args.get(i));
      }
      return function + " !== undefined && " + guard.test(refs);
    }
  }

  private final Map<String, Raw> byName = new HashMap<>();

  /** The divisor `x` of a body that is one `return c / x` (c a float literal, x a guarded safe int), or null. */
  static Expr divisor(List<Stmt> body, ParameterGuards.Guard guard) {
    List<Stmt> rest = new ArrayList<>(body);
    if (!rest.isEmpty() && rest.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
        && c.value() instanceof ConstantValue.StrValue) {
      rest.remove(0);
    }
    if (rest.size() == 1 && rest.get(0) instanceof Stmt.Return r && r.value() instanceof Expr.BinOp b && b.op() == Operator.Div
        && b.left() instanceof Expr.Constant c && c.value() instanceof ConstantValue.FloatValue
        && IntRanges.of(b.right(), guard.params()) != null) {
      return b.right();
    }
    return null;
  }

  /** The float literal `c` of a body that {@link #divisor} accepts. */
  static double dividend(List<Stmt> body) {
    Stmt last = body.get(body.size() - 1);
    if (last instanceof Stmt.Return r && r.value() instanceof Expr.BinOp b && b.left() instanceof Expr.Constant c
        && c.value() instanceof ConstantValue.FloatValue d) {
      return d.value();
    }
    throw new IllegalStateException("not a float quotient");
  }

  void register(String name, Raw raw) {
    byName.put(name, raw);
  }

  /** The raw entry point of the module-level function `name`, or null. */
  Raw of(String name) {
    return byName.get(name);
  }
}
