package dev.taipan.codegen;

import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Operator;
import dev.taipan.frontend.ast.UnaryOperator;
import java.math.BigInteger;
import java.util.Map;

/**
 * Bounds the value of an int expression built from int literals and parameters known (by a guard
 * at function entry) to hold ints within given bounds, so that arithmetic whose result provably
 * stays within ±(2**53−1) can be emitted as plain JS arithmetic, without type or overflow checks.
 *
 * <p>Only {@code + - * // %} (the last two by a positive int literal) and unary {@code -} / {@code +}
 * are followed; every sub-result must stay in the safe range too, since each is a JS number. Such
 * expressions are pure: they cannot raise, call user code or rebind anything.
 */
final class IntRanges {
  static final BigInteger MAX_SAFE = BigInteger.valueOf(9007199254740991L);

  private IntRanges() {}

  /** A closed interval of ints. */
  record Range(BigInteger lo, BigInteger hi) {
    static Range symmetric(BigInteger bound) {
      return new Range(bound.negate(), bound);
    }

    boolean safe() {
      return lo.compareTo(MAX_SAFE.negate()) >= 0 && hi.compareTo(MAX_SAFE) <= 0;
    }
  }

  /** The range of `e` given the ranges of the guarded parameters, or null when it is not a bounded safe int. */
  static Range of(Expr e, Map<String, Range> params) {
    if (params.isEmpty()) {
      return null;
    }
    Range r = compute(e, params);
    return r != null && r.safe() ? r : null;
  }

  /** The positive int literal `e`, or null. */
  static BigInteger positiveLiteral(Expr e) {
    if (e instanceof Expr.Constant c && c.value() instanceof ConstantValue.IntValue i && i.value().signum() > 0
        && i.value().compareTo(MAX_SAFE) <= 0) {
      return i.value();
    }
    return null;
  }

  private static Range compute(Expr e, Map<String, Range> params) {
    return switch (e) {
      case Expr.Constant c when c.value() instanceof ConstantValue.IntValue i && i.value().abs().compareTo(MAX_SAFE) <= 0 ->
          new Range(i.value(), i.value());
      case Expr.Name n -> params.get(n.id());
      case Expr.UnaryOp u when u.op() == UnaryOperator.USub -> {
        Range r = of(u.operand(), params);
        yield r == null ? null : new Range(r.hi().negate(), r.lo().negate());
      }
      case Expr.UnaryOp u when u.op() == UnaryOperator.UAdd -> of(u.operand(), params);
      case Expr.BinOp b -> binOp(b, params);
      default -> null;
    };
  }

  private static Range binOp(Expr.BinOp b, Map<String, Range> params) {
    Range l = of(b.left(), params);
    if (l == null) {
      return null;
    }
    if (b.op() == Operator.FloorDiv || b.op() == Operator.Mod) {
      BigInteger d = positiveLiteral(b.right());
      if (d == null) {
        return null;
      }
      return b.op() == Operator.FloorDiv
          ? new Range(floorDiv(l.lo(), d), floorDiv(l.hi(), d))
          : new Range(BigInteger.ZERO, d.subtract(BigInteger.ONE));
    }
    Range r = of(b.right(), params);
    if (r == null) {
      return null;
    }
    return switch (b.op()) {
      case Add -> new Range(l.lo().add(r.lo()), l.hi().add(r.hi()));
      case Sub -> new Range(l.lo().subtract(r.hi()), l.hi().subtract(r.lo()));
      case Mult -> {
        BigInteger[] p = {l.lo().multiply(r.lo()), l.lo().multiply(r.hi()), l.hi().multiply(r.lo()), l.hi().multiply(r.hi())};
        BigInteger lo = p[0];
        BigInteger hi = p[0];
        for (BigInteger x : p) {
          lo = lo.min(x);
          hi = hi.max(x);
        }
        yield new Range(lo, hi);
      }
      default -> null;
    };
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger d) {
    BigInteger[] qr = a.divideAndRemainder(d);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }
}
