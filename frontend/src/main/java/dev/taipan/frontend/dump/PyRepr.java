package dev.taipan.frontend.dump;

import dev.taipan.frontend.ast.ConstantValue;
import java.math.BigDecimal;

/** Python's {@code repr()} of constant values: str and bytes quoting, shortest float repr, complex. */
public final class PyRepr {
  private PyRepr() {}

  public static String of(ConstantValue v) {
    return switch (v) {
      case ConstantValue.Singleton s -> switch (s) {
        case NONE -> "None";
        case TRUE -> "True";
        case FALSE -> "False";
        case ELLIPSIS -> "Ellipsis";
      };
      case ConstantValue.IntValue i -> i.value().toString();
      case ConstantValue.FloatValue f -> floatRepr(f.value());
      case ConstantValue.ComplexValue c -> complexRepr(c.real(), c.imag());
      case ConstantValue.StrValue s -> str(s.value());
      case ConstantValue.BytesValue b -> bytes(b.bytes());
    };
  }

  /** {@code repr(float)}: the shortest round-tripping digits, laid out as CPython's float_repr does. */
  public static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    String sign = d < 0 ? "-" : "";
    BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    String digits = bd.unscaledValue().toString();
    int decpt = digits.length() - bd.scale();
    if (digits.length() == 2) {
      // Java prints at least two digits; CPython prints one when one round-trips.
      String one = oneDigit(Math.abs(d), digits, decpt);
      if (one != null) {
        digits = one.substring(0, 1);
        decpt += one.length() - 1;
      }
    }
    StringBuilder out = new StringBuilder(sign);
    if (decpt <= -4 || decpt > 16) {
      out.append(digits.charAt(0));
      if (digits.length() > 1) {
        out.append('.').append(digits, 1, digits.length());
      }
      int exp = decpt - 1;
      out.append('e').append(exp < 0 ? '-' : '+');
      int a = Math.abs(exp);
      if (a < 10) {
        out.append('0');
      }
      out.append(a);
    } else if (decpt <= 0) {
      out.append("0.").append("0".repeat(-decpt)).append(digits);
    } else if (decpt >= digits.length()) {
      out.append(digits).append("0".repeat(decpt - digits.length())).append(".0");
    } else {
      out.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
    }
    return out.toString();
  }

  /** A one-digit decimal that reads back as {@code d}, the closest of the candidates; its length - 1 is a decpt carry. */
  private static String oneDigit(double d, String digits, int decpt) {
    int first = digits.charAt(0) - '0';
    String best = null;
    BigDecimal exact = new BigDecimal(d);
    BigDecimal bestDist = null;
    for (int cand = first; cand <= first + 1; cand++) {
      BigDecimal v = BigDecimal.valueOf(cand).scaleByPowerOfTen(decpt - 1);
      if (v.signum() == 0 || v.doubleValue() != d) {
        continue;
      }
      BigDecimal dist = v.subtract(exact).abs();
      if (bestDist == null || dist.compareTo(bestDist) < 0) {
        bestDist = dist;
        best = cand == 10 ? "10" : Integer.toString(cand);
      }
    }
    return best;
  }

  private static String complexPart(double d) {
    String r = floatRepr(d);
    return r.endsWith(".0") ? r.substring(0, r.length() - 2) : r;
  }

  static String complexRepr(double real, double imag) {
    if (real == 0 && 1 / real > 0) {
      return complexPart(imag) + "j";
    }
    String im = complexPart(imag);
    if (!im.startsWith("-") && !Double.isNaN(imag)) {
      im = "+" + im;
    }
    return "(" + complexPart(real) + im + "j)";
  }

  /** {@code repr(str)}. */
  public static String str(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == quote || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp < 0x20 || cp == 0x7f) {
        out.append(String.format("\\x%02x", cp));
      } else if (cp < 0x7f) {
        out.append((char) cp);
      } else if (isPrintable(cp)) {
        out.appendCodePoint(cp);
      } else if (cp <= 0xff) {
        out.append(String.format("\\x%02x", cp));
      } else if (cp <= 0xffff) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.append(String.format("\\U%08x", cp));
      }
    }
    return out.append(quote).toString();
  }

  /** Python's str.isprintable for one code point: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except space). */
  static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    if (UnassignedCodePoints.contains(cp)) {
      return false;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
          Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }

  /** {@code repr(bytes)}. */
  public static String bytes(byte[] b) {
    boolean single = false;
    boolean dbl = false;
    for (byte x : b) {
      single |= x == '\'';
      dbl |= x == '"';
    }
    char quote = single && !dbl ? '"' : '\'';
    StringBuilder out = new StringBuilder(b.length + 3).append('b').append(quote);
    for (byte x : b) {
      int c = x & 0xff;
      if (c == quote || c == '\\') {
        out.append('\\').append((char) c);
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c >= 0x7f) {
        out.append(String.format("\\x%02x", c));
      } else {
        out.append((char) c);
      }
    }
    return out.append(quote).toString();
  }
}
