package dev.taipan.frontend.parse;

import java.io.ByteArrayOutputStream;

/** Decodes the backslash escapes of str and bytes literals as CPython's unicode-escape and bytes decoders do. */
final class StringEscapes {
  /** A malformed escape: the message is CPython's. */
  static final class EscapeException extends Exception {
    EscapeException(String message) {
      super(message, null, false, false);
    }
  }

  private StringEscapes() {}

  static String decodeStr(String body) throws EscapeException {
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    int n = body.length();
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= n) {
        out.append(c);
        continue;
      }
      char e = body.charAt(++i);
      switch (e) {
        case '\n' -> {}
        case '\\', '\'', '"' -> out.append(e);
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'v' -> out.append('\u000b');
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int v = e - '0';
          int k = 1;
          while (k < 3 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7') {
            v = v * 8 + (body.charAt(++i) - '0');
            k++;
          }
          out.append((char) v);
        }
        case 'x' -> out.appendCodePoint(hex(body, i, 2, "truncated \\xXX escape"));
        case 'u' -> out.append((char) hex(body, i, 4, "truncated \\uXXXX escape"));
        case 'U' -> {
          int v = hex(body, i, 8, "truncated \\UXXXXXXXX escape");
          if (v > 0x10FFFF) {
            throw new EscapeException("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + (i - 1) + "-" + (i + 8) + ": illegal Unicode character");
          }
          out.appendCodePoint(v);
        }
        case 'N' -> {
          int close = i + 1 < n && body.charAt(i + 1) == '{' ? body.indexOf('}', i + 2) : -1;
          if (close < 0) {
            throw new EscapeException("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + (i - 1) + "-" + i + ": malformed \\N character escape");
          }
          String name = body.substring(i + 2, close);
          int cp = UnicodeNames.lookup(name);
          if (cp < 0) {
            throw new EscapeException("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + (i - 1) + "-" + close + ": unknown Unicode character name");
          }
          out.appendCodePoint(cp);
          i = close;
          continue;
        }
        default -> out.append('\\').append(e);
      }
      if (e == 'x') {
        i += 2;
      } else if (e == 'u') {
        i += 4;
      } else if (e == 'U') {
        i += 8;
      }
    }
    return out.toString();
  }

  private static int hex(String body, int i, int digits, String what) throws EscapeException {
    int v = 0;
    for (int k = 1; k <= digits; k++) {
      int d = i + k < body.length() ? Character.digit(body.charAt(i + k), 16) : -1;
      if (d < 0) {
        throw new EscapeException("(unicode error) 'unicodeescape' codec can't decode bytes in position "
            + (i - 1) + "-" + (i + k - 1) + ": " + what);
      }
      v = v * 16 + d;
    }
    return v;
  }

  static byte[] decodeBytes(String body, boolean raw) throws EscapeException {
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) >= 0x80) {
        throw new EscapeException("bytes can only contain ASCII literal characters");
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
    int n = body.length();
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (raw || c != '\\' || i + 1 >= n) {
        out.write(c);
        continue;
      }
      char e = body.charAt(++i);
      switch (e) {
        case '\n' -> {}
        case '\\', '\'', '"' -> out.write(e);
        case 'a' -> out.write(7);
        case 'b' -> out.write(8);
        case 'f' -> out.write(12);
        case 'n' -> out.write(10);
        case 'r' -> out.write(13);
        case 't' -> out.write(9);
        case 'v' -> out.write(11);
        case '0', '1', '2', '3', '4', '5', '6', '7' -> {
          int v = e - '0';
          int k = 1;
          while (k < 3 && i + 1 < n && body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '7') {
            v = v * 8 + (body.charAt(++i) - '0');
            k++;
          }
          out.write(v & 0xff);
        }
        case 'x' -> {
          int h1 = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
          int h2 = i + 2 < n ? Character.digit(body.charAt(i + 2), 16) : -1;
          if (h1 < 0 || h2 < 0) {
            throw new EscapeException("(value error) invalid \\x escape at position " + (i - 1));
          }
          out.write(h1 * 16 + h2);
          i += 2;
        }
        default -> {
          out.write('\\');
          out.write(e);
        }
      }
    }
    return out.toByteArray();
  }
}
