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
  private static final int GUARD_BITS = 8;

  private CorrectRounding() {}

  /** A correctly rounded quotient, and whether the exact value lies near a rounding midpoint. */
  record Rounded(double value, boolean nearMidpoint) {}

  /**
   * The double nearest to {@code numerator / denominator} (denominator non-zero), signed by the
   * operands' signs; {@code ±Infinity} when the rounded magnitude exceeds the largest double.
   */
  static double divide(BigInteger numerator, BigInteger denominator) {
    return round(numerator, denominator).value();
  }

  /**
   * As {@link #divide}, also telling whether the exact quotient is within 1/32 of a unit in the
   * last place of a rounding midpoint, where a faithful but not correctly rounded function (a
   * libm {@code pow}, within 0.52 ulp) may round the other way.
   */
  static Rounded round(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("zero denominator");
    }
    boolean negative = numerator.signum() * denominator.signum() < 0
        || (numerator.signum() == 0 && denominator.signum() < 0);
    Rounded magnitude = roundMagnitude(numerator.abs(), denominator.abs());
    return negative ? new Rounded(-magnitude.value(), magnitude.nearMidpoint()) : magnitude;
  }

  /** The double nearest to an int, or {@code ±Infinity} past the largest double. */
  static double toDouble(BigInteger value) {
    return divide(value, BigInteger.ONE);
  }

  private static Rounded roundMagnitude(BigInteger num, BigInteger den) {
    if (num.signum() == 0) {
      return new Rounded(0.0, false);
    }
    // Scale so that the integer quotient has PRECISION bits, a guard bit and GUARD_BITS more.
    int shift = PRECISION + GUARD_BITS + 2 - (num.bitLength() - den.bitLength());
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
      return new Rounded(0.0, false); // below half the least subnormal
    }
    int drop = bits - keep;
    BigInteger mantissa = quotient.shiftRight(drop);
    BigInteger dropped = quotient.subtract(mantissa.shiftLeft(drop));
    BigInteger halfway = BigInteger.ONE.shiftLeft(drop - 1);
    int versusHalf = dropped.compareTo(halfway);
    if (versusHalf == 0 && sticky) {
      versusHalf = 1;
    }
    if (versusHalf > 0 || (versusHalf == 0 && mantissa.testBit(0))) {
      mantissa = mantissa.add(BigInteger.ONE);
    }
    // Exact ties count as near: glibc rounds (-9.0) ** 17 away from even.
    boolean nearMidpoint = dropped.subtract(halfway).abs()
        .compareTo(BigInteger.ONE.shiftLeft(drop - 5)) < 0;
    // mantissa has at most 54 bits here, so the conversion is exact; scalb is exact or overflows.
    return new Rounded(Math.scalb(mantissa.doubleValue(), drop - shift), nearMidpoint);
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
