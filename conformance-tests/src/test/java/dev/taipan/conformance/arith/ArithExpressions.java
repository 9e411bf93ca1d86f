package dev.taipan.conformance.arith;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of arithmetic expression trees of bounded depth, over literals chosen where
 * Python and JavaScript numbers part ways: 2**53, 2**63, huge ints, -0.0, subnormals, the
 * largest double, integral floats and bools.
 */
final class ArithExpressions {
  private static final BigInteger TWO = BigInteger.TWO;

  private ArithExpressions() {}

  /** Expressions nested at most {@code depth} operators deep. */
  static Arbitrary<ArithExpr> expressions(int depth) {
    if (depth == 0) {
      return operands();
    }
    Arbitrary<ArithExpr> inner = Arbitraries.lazy(() -> expressions(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(2, operands()),
        Tuple.of(6, binaries(inner)),
        Tuple.of(2, powers(inner)),
        Tuple.of(1, inner.map(ArithExpr.Negate::new)),
        Tuple.of(2, comparisons(inner)));
  }

  /** A literal, possibly negated (Python has no negative literals). */
  static Arbitrary<ArithExpr> operands() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, literals()),
        Tuple.of(2, literals().map(ArithExpr.Negate::new)));
  }

  static Arbitrary<ArithExpr> literals() {
    return Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.integers().between(0, 12).map(i -> (PyValue) PyValue.Int.of(i))),
            Tuple.of(3, boundaryInts()),
            Tuple.of(4, notableFloats()),
            Tuple.of(2, randomFloats()),
            Tuple.of(1, Arbitraries.of(true, false).map(b -> (PyValue) new PyValue.Bool(b))))
        .map(ArithExpr.Literal::new);
  }

  /** Ints around 2**53, 2**63, 2**64, 2**100, 10**30 and the float range limit 2**1024. */
  private static Arbitrary<PyValue> boundaryInts() {
    Arbitrary<BigInteger> centre = Arbitraries.of(
        TWO.pow(31), TWO.pow(32), TWO.pow(53), TWO.pow(63), TWO.pow(64), TWO.pow(100),
        BigInteger.TEN.pow(30), TWO.pow(1023), TWO.pow(1024));
    Arbitrary<Integer> offset = Arbitraries.integers().between(-3, 3);
    return Combinators.combine(centre, offset)
        .as((c, d) -> (PyValue) new PyValue.Int(c.add(BigInteger.valueOf(d))));
  }

  private static Arbitrary<PyValue> notableFloats() {
    return Arbitraries.of(
            0.0, 0.1, 0.2, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 7.0, 10.0, 1e16, 1e15, 1e-5, 1e-4, 1e22,
            1e300, 1e308, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 9007199254740992.0,
            9223372036854775808.0, 4503599627370496.5, 0.30000000000000004, 1e100,
            Double.POSITIVE_INFINITY)
        .map(d -> (PyValue) new PyValue.Float(d));
  }

  /** Doubles drawn from the whole positive finite range, plus short decimals. */
  private static Arbitrary<PyValue> randomFloats() {
    Arbitrary<Double> anyBits = Arbitraries.longs()
        .between(0, Double.doubleToRawLongBits(Double.MAX_VALUE))
        .map(Double::longBitsToDouble);
    Arbitrary<Double> decimals = Arbitraries.doubles().between(0, 1000).ofScale(3);
    return Arbitraries.oneOf(anyBits, decimals).map(d -> (PyValue) new PyValue.Float(d));
  }

  private static Arbitrary<ArithExpr> binaries(Arbitrary<ArithExpr> inner) {
    Arbitrary<BinaryOperator> op = Arbitraries.of(
        BinaryOperator.ADD, BinaryOperator.SUB, BinaryOperator.MUL, BinaryOperator.TRUE_DIV,
        BinaryOperator.FLOOR_DIV, BinaryOperator.MOD);
    return Combinators.combine(inner, op, inner).as(ArithExpr.Binary::new);
  }

  /** Powers, mostly to small exponents so int results stay printable. */
  private static Arbitrary<ArithExpr> powers(Arbitrary<ArithExpr> inner) {
    Arbitrary<ArithExpr> smallInts = Arbitraries.integers().between(-4, 70).map(i -> {
      ArithExpr literal = new ArithExpr.Literal(PyValue.Int.of(Math.abs(i)));
      return i < 0 ? new ArithExpr.Negate(literal) : literal;
    });
    Arbitrary<ArithExpr> integralFloats = Arbitraries.of(0.0, 1.0, 2.0, 3.0, 1024.0, 1075.0)
        .map(d -> new ArithExpr.Literal(new PyValue.Float(d)));
    Arbitrary<ArithExpr> exponent = Arbitraries.frequencyOf(
        Tuple.of(5, smallInts),
        Tuple.of(2, integralFloats),
        Tuple.of(1, integralFloats.map(ArithExpr.Negate::new)),
        Tuple.of(2, inner));
    return Combinators.combine(inner, exponent)
        .as((base, power) -> new ArithExpr.Binary(base, BinaryOperator.POW, power));
  }

  private static Arbitrary<ArithExpr> comparisons(Arbitrary<ArithExpr> inner) {
    Arbitrary<CompareOperator> op = Arbitraries.of(CompareOperator.class);
    Arbitrary<List<CompareOperator>> ops = op.list().ofMinSize(1).ofMaxSize(3);
    return Combinators.combine(inner, ops, inner.list().ofSize(3))
        .as((first, chain, candidates) -> {
          List<ArithExpr> rest = new ArrayList<>(candidates.subList(0, chain.size()));
          return new ArithExpr.Compare(first, chain, rest);
        });
  }
}
