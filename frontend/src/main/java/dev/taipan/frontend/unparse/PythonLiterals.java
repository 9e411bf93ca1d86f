package dev.taipan.frontend.unparse;

import dev.taipan.frontend.ast.ConstantValue;
/** Spells constants as Python source, following {@code repr}: quote choice, escapes, shortest floats. */
final class PythonLiterals {
  /** What {@code ast.unparse} writes for an infinite float: a literal that overflows to inf. */
  static final String INF = "1e309";

  private PythonLiterals() {}

  static String constant(ConstantValue v) {
    return switch (v) {
      case ConstantValue.Singleton s ->
          switch (s) {
            case NONE -> "None";
            case TRUE -> "True";
            case FALSE -> "False";
            case ELLIPSIS -> "...";
          };
      case ConstantValue.IntValue i -> i.value().toString();
      case ConstantValue.FloatValue f -> floatLiteral(f.value());
      case ConstantValue.ComplexValue c ->
          c.real() == 0 && !(1 / c.real() < 0)
              ? floatLiteral(c.imag()) + "j"
              : "(" + floatLiteral(c.real()) + " + " + floatLiteral(c.imag()) + "j)";
      case ConstantValue.StrValue s -> str(s.value(), preferredQuote(s.value()));
      case ConstantValue.BytesValue b -> bytes(b.bytes());
    };
  }

  static String floatLiteral(double d) {
    if (Double.isInfinite(d)) {
      return d > 0 ? INF : "-" + INF;
    }
    if (Double.isNaN(d)) {
      return "(" + INF + " - " + INF + ")";
    }
    return Double.toString(d).replace("E", "e");
  }

  static char preferredQuote(String s) {
    return s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
  }

  /** A str literal with the given quote (a one-character quote, or a triple quote given by its char). */
  static String str(String s, char quote) {
    return quote + strBody(s, quote) + quote;
  }

  static String strBody(String s, char quote) {
    StringBuilder b = new StringBuilder(s.length() + 2);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (cp == quote) {
            b.append('\\').append((char) cp);
          } else if (printable(cp)) {
            b.appendCodePoint(cp);
          } else if (cp <= 0xff) {
            b.append(String.format("\\x%02x", cp));
          } else if (cp <= 0xffff) {
            b.append(String.format("\\u%04x", cp));
          } else {
            b.append(String.format("\\U%08x", cp));
          }
        }
      }
    }
    return b.toString();
  }

  private static boolean printable(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR -> false;
      default -> true;
    };
  }

  static String bytes(byte[] bytes) {
    boolean single = false;
    boolean dbl = false;
    for (byte x : bytes) {
      single |= x == '\'';
      dbl |= x == '"';
    }
    char quote = single && !dbl ? '"' : '\'';
    return "b" + quote + bytesBody(bytes, quote) + quote;
  }

  static String bytesBody(byte[] bytes, char quote) {
    StringBuilder b = new StringBuilder();
    for (byte x : bytes) {
      int c = x & 0xff;
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c == quote) {
            b.append('\\').append((char) c);
          } else if (c < 0x20 || c >= 0x7f) {
            b.append(String.format("\\x%02x", c));
          } else {
            b.append((char) c);
          }
        }
      }
    }
    return b.toString();
  }
}
