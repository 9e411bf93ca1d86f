package dev.taipan.frontend.parse;

import dev.taipan.frontend.ast.ConstantValue;
import java.math.BigInteger;

/** Converts a NUMBER token to its value as CPython does (exactly rounded floats, arbitrary-size ints). */
final class NumberLiteral {
  private NumberLiteral() {}

  static ConstantValue parse(String text) {
    String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
    char last = s.charAt(s.length() - 1);
    if (last == 'j' || last == 'J') {
      return new ConstantValue.ComplexValue(0.0, Double.parseDouble(s.substring(0, s.length() - 1)));
    }
    if (s.length() > 1 && s.charAt(0) == '0') {
      char k = Character.toLowerCase(s.charAt(1));
      int radix = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
      if (radix != 0) {
        return new ConstantValue.IntValue(new BigInteger(s.substring(2), radix));
      }
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == 'e' || c == 'E') {
        return new ConstantValue.FloatValue(Double.parseDouble(s));
      }
    }
    if (s.length() < 18) {
      return new ConstantValue.IntValue(BigInteger.valueOf(Long.parseLong(s)));
    }
    return new ConstantValue.IntValue(new BigInteger(s));
  }
}
