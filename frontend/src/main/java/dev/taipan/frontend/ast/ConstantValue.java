package dev.taipan.frontend.ast;

import java.math.BigInteger;
import java.util.Arrays;

/** The value of a {@code Constant} node or a {@code MatchSingleton} pattern. */
public sealed interface ConstantValue {
  enum Singleton implements ConstantValue { NONE, TRUE, FALSE, ELLIPSIS }

  record IntValue(BigInteger value) implements ConstantValue {}

  record FloatValue(double value) implements ConstantValue {}

  /** A complex literal: the parser only produces pure imaginary numbers ({@code 2j}). */
  record ComplexValue(double real, double imag) implements ConstantValue {}

  /** A str; may hold lone surrogates, as Python's str can. */
  record StrValue(String value) implements ConstantValue {}

  /** Bytes; the array is copied in and out, so the value stays immutable. */
  record BytesValue(byte[] bytes) implements ConstantValue {
    public BytesValue {
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof BytesValue b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return "BytesValue" + Arrays.toString(bytes);
    }
  }
}
