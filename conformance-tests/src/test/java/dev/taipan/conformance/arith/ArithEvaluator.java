package dev.taipan.conformance.arith;

import java.util.Optional;

/**
 * Evaluates expression trees with {@link PythonArithmetic} in Python's order (left to right,
 * chained comparisons short-circuit) and renders the line the test program prints.
 */
final class ArithEvaluator {
  private ArithEvaluator() {}

  static PyValue evaluate(ArithExpr expr) {
    return switch (expr) {
      case ArithExpr.Literal literal -> literal.value();
      case ArithExpr.Negate negate -> PythonArithmetic.negate(evaluate(negate.operand()));
      case ArithExpr.Binary binary -> {
        PyValue left = evaluate(binary.left());
        PyValue right = evaluate(binary.right());
        yield PythonArithmetic.binary(binary.op(), left, right);
      }
      case ArithExpr.Compare compare -> {
        PyValue left = evaluate(compare.first());
        boolean result = true;
        for (int i = 0; i < compare.ops().size() && result; i++) {
          PyValue right = evaluate(compare.rest().get(i));
          result = PythonArithmetic.compare(compare.ops().get(i), left, right);
          left = right;
        }
        yield new PyValue.Bool(result);
      }
    };
  }

  /**
   * The line {@code try: print(repr(e)) except Exception as e: print(type(e).__name__, e)}
   * prints, or empty when the expression is outside what the model computes.
   */
  static Optional<String> printedLine(ArithExpr expr) {
    try {
      return Optional.of(evaluate(expr).repr());
    } catch (PythonError e) {
      return Optional.of(e.printed());
    } catch (OutsideModel e) {
      return Optional.empty();
    }
  }
}
