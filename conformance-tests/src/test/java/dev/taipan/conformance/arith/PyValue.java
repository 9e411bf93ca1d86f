package dev.taipan.conformance.arith;

import java.math.BigInteger;

/** A Python number as the arithmetic model sees it: exactly one of int, float or bool. */
sealed interface PyValue {

  /** A Python {@code int}: arbitrary precision. */
  record Int(BigInteger value) implements PyValue {
    static Int of(long value) {
      return new Int(BigInteger.valueOf(value));
    }
  }

  /** A Python {@code float}: an IEEE 754 double, {@code -0.0}, infinities and NaN included. */
  record Float(double value) implements PyValue {}

  /** A Python {@code bool}: an int subtype whose arithmetic yields ints. */
  record Bool(boolean value) implements PyValue {}

  /** What {@code repr(value)} prints in CPython 3.11. */
  default String repr() {
    return switch (this) {
      case Int i -> i.value().toString();
      case Float f -> FloatRepr.repr(f.value());
      case Bool b -> b.value() ? "True" : "False";
    };
  }
}
