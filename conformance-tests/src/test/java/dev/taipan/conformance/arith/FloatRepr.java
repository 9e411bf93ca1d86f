package dev.taipan.conformance.arith;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}: the shortest digits that round-trip (closest to the value when
 * several do), laid out by CPython's 'r' format rules, independent of any JavaScript code.
 */
final class FloatRepr {
  private FloatRepr() {}

  static String repr(double x) {
    if (Double.isNaN(x)) {
      return "nan";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "inf" : "-inf";
    }
    String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
    double magnitude = Math.abs(x);
    if (magnitude == 0.0) {
      return sign + "0.0";
    }
    BigDecimal shortest = shortestDigits(magnitude);
    String digits = shortest.unscaledValue().toString();
    // value = 0.d1d2...dn * 10^decimalPoint
    int decimalPoint = digits.length() - shortest.scale();
    return sign + layout(digits, decimalPoint);
  }

  /**
   * The shortest decimal that reads back as {@code x}. Java's {@link Double#toString} already
   * yields the shortest digits, except that for one-digit results it may prefer a closer
   * two-digit decimal (4.9E-324 where Python prints 5e-324); we then look for one digit ourselves.
   */
  private static BigDecimal shortestDigits(double x) {
    BigDecimal javaDigits = new BigDecimal(Double.toString(x)).stripTrailingZeros();
    if (javaDigits.precision() != 2) {
      return javaDigits;
    }
    BigDecimal exact = new BigDecimal(x);
    BigDecimal best = null;
    for (RoundingMode mode :
        new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
      BigDecimal candidate = javaDigits.round(new MathContext(1, mode));
      if (candidate.signum() == 0 || candidate.doubleValue() != x) {
        continue;
      }
      if (best == null
          || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0) {
        best = candidate;
      }
    }
    return best == null ? javaDigits : best.stripTrailingZeros();
  }

  /** CPython's float_repr_style 'short' layout: exponent form when decpt <= -4 or decpt > 16. */
  private static String layout(String digits, int decimalPoint) {
    if (decimalPoint <= -4 || decimalPoint > 16) {
      int exponent = decimalPoint - 1;
      String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      String exponentDigits = String.valueOf(Math.abs(exponent));
      if (exponentDigits.length() < 2) {
        exponentDigits = "0" + exponentDigits;
      }
      return mantissa + "e" + (exponent < 0 ? "-" : "+") + exponentDigits;
    }
    if (decimalPoint <= 0) {
      return "0." + "0".repeat(-decimalPoint) + digits;
    }
    if (decimalPoint >= digits.length()) {
      return digits + "0".repeat(decimalPoint - digits.length()) + ".0";
    }
    return digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
  }
}
