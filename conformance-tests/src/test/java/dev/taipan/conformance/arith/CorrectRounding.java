package dev.taipan.conformance.arith;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Rounds exact rationals to the nearest double, ties to even, subnormals included, as CPython's
 * int-to-float conversion and int true division do; and compares ints with floats exactly.
 */
final class CorrectRounding {
  private static final int MIN_EXPONENT = -1074; // weight of the last bit of the least subnormal
  private static final int PRECISION = 53;

  private CorrectRounding() {}

  /**
   * The double nearest to {@code numerator / denominator} (denominator non-zero), signed by the
   * operands' signs; {@code ±Infinity} when the rounded magnitude exceeds the largest double.
   */
  static double divide(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    boolean negative = numerator.signum() * denominator.signum() < 0
        || (numerator.signum() == 0 && denominator.signum() < 0);
    double magnitude = divideMagnitude(numerator.abs(), denominator.abs());
    return negative ? -magnitude : magnitude;
  }

  /** The double nearest to an int, or {@code ±Infinity} past the largest double. */
  static double toDouble(BigInteger value) {
    return divide(value, BigInteger.ONE);
  }

  private static double divideMagnitude(BigInteger num, BigInteger den) {
    if (num.signum() == 0) {
      return 0.0;
    }
    // Scale so that the integer quotient has at least PRECISION + 2 bits.
    int shift = PRECISION + 3 - (num.bitLength() - den.bitLength());
    BigInteger[] qr = shift >= 0
        ? num.shiftLeft(shift).divideAndRemainder(den)
        : num.divideAndRemainder(den.shiftLeft(-shift));
    BigInteger quotient = qr[0];
    boolean sticky = qr[1].signum() != 0;
    // The value is quotient * 2^-shift, with quotient in [2^(bits-1), 2^bits).
    int bits = quotient.bitLength();
    int topExponent = bits - 1 - shift;
    int keep = topExponent >= MIN_EXPONENT + PRECISION - 1
        ? PRECISION
        : topExponent - MIN_EXPONENT + 1;
    if (keep < 0) {
      return 0.0; // below half the least subnormal
    }
    int drop = bits - keep;
    BigInteger mantissa = quotient.shiftRight(drop);
    boolean half = quotient.testBit(drop - 1);
    boolean rest = sticky || quotient.getLowestSetBit() < drop - 1;
    if (half && (rest || mantissa.testBit(0))) {
      mantissa = mantissa.add(BigInteger.ONE);
    }
    // mantissa has at most 54 bits here, so the conversion is exact; scalb is exact or overflows.
    return Math.scalb(mantissa.doubleValue(), drop - shift);
  }

  /** Compares an int with a float exactly; NaN is unordered and yields {@code null}. */
  static Integer compare(BigInteger left, double right) {
    if (Double.isNaN(right)) {
      return null;
    }
    if (Double.isInfinite(right)) {
      return right > 0 ? -1 : 1;
    }
    return new BigDecimal(left).compareTo(new BigDecimal(right));
  }
}
