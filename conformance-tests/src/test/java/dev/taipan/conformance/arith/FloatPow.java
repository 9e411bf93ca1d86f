package dev.taipan.conformance.arith;

import java.math.BigInteger;

/**
 * CPython 3.11's {@code float_pow}: its special cases in its order, then an exactly rounded
 * power for integral exponents instead of the platform {@code pow}; results that a libm within
 * 0.52 ulp (glibc's bound) might round either way are left outside the model.
 */
final class FloatPow {
  /** Exponents up to this size are computed exactly; beyond, only clear overflow/underflow. */
  private static final double EXACT_EXPONENT_LIMIT = 1100;

  private FloatPow() {}

  static double pow(double iv, double iw) {
    if (iw == 0) {
      return 1.0;
    }
    if (Double.isNaN(iv)) {
      return iv;
    }
    if (Double.isNaN(iw)) {
      return iv == 1.0 ? 1.0 : iw;
    }
    if (Double.isInfinite(iw)) {
      double absBase = Math.abs(iv);
      if (absBase == 1.0) {
        return 1.0;
      } else if ((iw > 0.0) == (absBase > 1.0)) {
        return Math.abs(iw);
      } else {
        return 0.0;
      }
    }
    if (Double.isInfinite(iv)) {
      boolean odd = isOddInteger(iw);
      if (iw > 0.0) {
        return odd ? iv : Math.abs(iv);
      }
      return odd ? Math.copySign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
      boolean odd = isOddInteger(iw);
      if (iw < 0.0) {
        throw PythonError.zeroDivision("0.0 cannot be raised to a negative power");
      }
      return odd ? iv : 0.0;
    }
    boolean negateResult = false;
    if (iv < 0.0) {
      if (iw != Math.floor(iw)) {
        throw new OutsideModel("negative float to a fractional power is complex");
      }
      iv = -iv;
      negateResult = isOddInteger(iw);
    }
    if (iv == 1.0) {
      return negateResult ? -1.0 : 1.0;
    }
    double result = positivePow(iv, iw);
    if (Double.isInfinite(result)) {
      throw PythonError.overflow("(34, 'Numerical result out of range')");
    }
    return negateResult ? -result : result;
  }

  /** {@code iv ** iw} for finite positive {@code iv != 1} and finite non-zero {@code iw}. */
  private static double positivePow(double iv, double iw) {
    double log2 = iw * (Math.log(iv) / Math.log(2));
    if (log2 > 1030) {
      return Double.POSITIVE_INFINITY;
    }
    if (log2 < -1080) {
      return 0.0;
    }
    if (iw != Math.floor(iw) || Math.abs(iw) > EXACT_EXPONENT_LIMIT) {
      throw new OutsideModel("float power with exponent " + iw + " is not computed exactly");
    }
    int n = (int) iw;
    long bits = Double.doubleToRawLongBits(iv);
    int biased = (int) ((bits >>> 52) & 0x7ff);
    long fraction = bits & 0xfffffffffffffL;
    long mantissa = biased == 0 ? fraction : fraction | (1L << 52);
    int exponent = (biased == 0 ? 1 : biased) - 1075;
    BigInteger mantissaPower = BigInteger.valueOf(mantissa).pow(Math.abs(n));
    long twoPower = (long) exponent * n;
    BigInteger numerator = n > 0 ? mantissaPower : BigInteger.ONE;
    BigInteger denominator = n > 0 ? BigInteger.ONE : mantissaPower;
    if (twoPower >= 0) {
      numerator = numerator.shiftLeft((int) twoPower);
    } else {
      denominator = denominator.shiftLeft((int) -twoPower);
    }
    CorrectRounding.Rounded rounded = CorrectRounding.round(numerator, denominator);
    if (rounded.nearMidpoint()) {
      // glibc's pow is within 0.52 ulp, not correctly rounded: 1e15 ** 14 is 1.0000000000000001e+210.
      throw new OutsideModel("float power within 1/32 ulp of a rounding midpoint");
    }
    return rounded.value();
  }

  /** CPython's DOUBLE_IS_ODD_INTEGER. */
  static boolean isOddInteger(double x) {
    return Math.abs(x) % 2.0 == 1.0;
  }
}
