package dev.taipan.conformance.arith;

import java.util.List;

/** An arithmetic expression tree over number literals, renderable as fully parenthesised Python. */
sealed interface ArithExpr {

  /** A non-negative literal (negative numbers are {@link Negate} of one); inf is {@code 1e309}. */
  record Literal(PyValue value) implements ArithExpr {
    public Literal {
      if (value instanceof PyValue.Float f
          && (Double.isNaN(f.value()) || Double.doubleToRawLongBits(f.value()) < 0)) {
        throw new IllegalArgumentException("no Python literal for " + f.value());
      }
      if (value instanceof PyValue.Int i && i.value().signum() < 0) {
        throw new IllegalArgumentException("negative int literal " + i.value());
      }
    }
  }

  /** Unary minus. */
  record Negate(ArithExpr operand) implements ArithExpr {}

  /** A binary arithmetic operation. */
  record Binary(ArithExpr left, BinaryOperator op, ArithExpr right) implements ArithExpr {}

  /** A comparison, chained when it has several operators: {@code a < b <= c}. */
  record Compare(ArithExpr first, List<CompareOperator> ops, List<ArithExpr> rest)
      implements ArithExpr {
    public Compare {
      ops = List.copyOf(ops);
      rest = List.copyOf(rest);
      if (ops.isEmpty() || ops.size() != rest.size()) {
        throw new IllegalArgumentException("a comparison needs one operand per operator");
      }
    }
  }

  /** Python source for this expression; every compound sub-expression is parenthesised. */
  default String source() {
    StringBuilder out = new StringBuilder();
    render(this, out, false);
    return out.toString();
  }

  private static void render(ArithExpr expr, StringBuilder out, boolean nested) {
    switch (expr) {
      case Literal literal -> out.append(literalSource(literal.value()));
      case Negate negate -> {
        open(out, nested);
        out.append('-');
        render(negate.operand(), out, true);
        close(out, nested);
      }
      case Binary binary -> {
        open(out, nested);
        render(binary.left(), out, true);
        out.append(' ').append(binary.op().symbol()).append(' ');
        render(binary.right(), out, true);
        close(out, nested);
      }
      case Compare compare -> {
        open(out, nested);
        render(compare.first(), out, true);
        for (int i = 0; i < compare.ops().size(); i++) {
          out.append(' ').append(compare.ops().get(i).symbol()).append(' ');
          render(compare.rest().get(i), out, true);
        }
        close(out, nested);
      }
    }
  }

  private static String literalSource(PyValue value) {
    if (value instanceof PyValue.Float f && Double.isInfinite(f.value())) {
      return "1e309";
    }
    return value.repr();
  }

  private static void open(StringBuilder out, boolean nested) {
    if (nested) {
      out.append('(');
    }
  }

  private static void close(StringBuilder out, boolean nested) {
    if (nested) {
      out.append(')');
    }
  }
}
