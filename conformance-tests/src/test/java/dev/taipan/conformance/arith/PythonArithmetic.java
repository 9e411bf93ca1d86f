package dev.taipan.conformance.arith;

import java.math.BigInteger;

/**
 * An independent Java model of CPython 3.11's int, float and bool arithmetic and comparisons,
 * following {@code longobject.c} and {@code floatobject.c} case by case, including their error
 * types and messages.
 */
final class PythonArithmetic {
  /** Int results past this many bits are outside the model (CPython prints them, we skip them). */
  static final int MAX_INT_BITS = 4096;

  private PythonArithmetic() {}

  static PyValue binary(BinaryOperator op, PyValue left, PyValue right) {
    if (left instanceof PyValue.Float || right instanceof PyValue.Float) {
      // CONVERT_TO_DOUBLE converts the left operand first, then the right.
      double x = toDouble(left);
      double y = toDouble(right);
      return new PyValue.Float(floatBinary(op, x, y));
    }
    return intBinary(op, toInteger(left), toInteger(right));
  }

  static PyValue negate(PyValue operand) {
    return switch (operand) {
      case PyValue.Float f -> new PyValue.Float(-f.value());
      case PyValue.Int i -> new PyValue.Int(i.value().negate());
      case PyValue.Bool b -> new PyValue.Int(toInteger(b).negate());
    };
  }

  static boolean compare(CompareOperator op, PyValue left, PyValue right) {
    return op.holds(order(left, right));
  }

  /** Sign of {@code left - right} computed exactly, or {@code null} when a NaN is involved. */
  private static Integer order(PyValue left, PyValue right) {
    boolean leftFloat = left instanceof PyValue.Float;
    boolean rightFloat = right instanceof PyValue.Float;
    if (leftFloat && rightFloat) {
      double x = ((PyValue.Float) left).value();
      double y = ((PyValue.Float) right).value();
      if (Double.isNaN(x) || Double.isNaN(y)) {
        return null;
      }
      return x < y ? -1 : x > y ? 1 : 0;
    }
    if (leftFloat) {
      Integer reversed = CorrectRounding.compare(toInteger(right), ((PyValue.Float) left).value());
      return reversed == null ? null : -reversed;
    }
    if (rightFloat) {
      return CorrectRounding.compare(toInteger(left), ((PyValue.Float) right).value());
    }
    return Integer.signum(toInteger(left).compareTo(toInteger(right)));
  }

  private static PyValue intBinary(BinaryOperator op, BigInteger a, BigInteger b) {
    return switch (op) {
      case ADD -> boundedInt(a.add(b));
      case SUB -> boundedInt(a.subtract(b));
      case MUL -> boundedInt(a.multiply(b));
      case TRUE_DIV -> {
        if (b.signum() == 0) {
          throw PythonError.zeroDivision("division by zero");
        }
        double quotient = CorrectRounding.divide(a, b);
        if (Double.isInfinite(quotient)) {
          throw PythonError.overflow("integer division result too large for a float");
        }
        yield new PyValue.Float(quotient);
      }
      case FLOOR_DIV -> {
        if (b.signum() == 0) {
          throw PythonError.zeroDivision("integer division or modulo by zero");
        }
        yield new PyValue.Int(floorDiv(a, b));
      }
      case MOD -> {
        if (b.signum() == 0) {
          throw PythonError.zeroDivision("integer modulo by zero");
        }
        yield new PyValue.Int(a.subtract(floorDiv(a, b).multiply(b)));
      }
      case POW -> intPow(a, b);
    };
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
      return qr[0].subtract(BigInteger.ONE);
    }
    return qr[0];
  }

  private static PyValue intPow(BigInteger base, BigInteger exponent) {
    if (exponent.signum() < 0) {
      // long_pow hands a negative exponent to float_pow, which converts both operands.
      double x = intToDouble(base);
      double y = intToDouble(exponent);
      return new PyValue.Float(FloatPow.pow(x, y));
    }
    if (base.abs().compareTo(BigInteger.ONE) <= 0) {
      if (base.signum() == 0) {
        return new PyValue.Int(exponent.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO);
      }
      return new PyValue.Int(base.signum() > 0 || !exponent.testBit(0)
          ? BigInteger.ONE : BigInteger.ONE.negate());
    }
    if (exponent.bitLength() > 31
        || (long) (base.bitLength() - 1) * exponent.intValueExact() > MAX_INT_BITS) {
      throw new OutsideModel("int power past " + MAX_INT_BITS + " bits");
    }
    return boundedInt(base.pow(exponent.intValueExact()));
  }

  private static PyValue.Int boundedInt(BigInteger value) {
    if (value.bitLength() > MAX_INT_BITS) {
      throw new OutsideModel("int result past " + MAX_INT_BITS + " bits");
    }
    return new PyValue.Int(value);
  }

  private static double floatBinary(BinaryOperator op, double x, double y) {
    return switch (op) {
      case ADD -> x + y;
      case SUB -> x - y;
      case MUL -> x * y;
      case TRUE_DIV -> {
        if (y == 0.0) {
          throw PythonError.zeroDivision("float division by zero");
        }
        yield x / y;
      }
      case FLOOR_DIV -> {
        if (y == 0.0) {
          throw PythonError.zeroDivision("float floor division by zero");
        }
        yield floatFloorDiv(x, y);
      }
      case MOD -> {
        if (y == 0.0) {
          throw PythonError.zeroDivision("float modulo");
        }
        yield floatRem(x, y);
      }
      case POW -> FloatPow.pow(x, y);
    };
  }

  /** CPython's float_rem; Java's {@code %} on doubles is C's fmod. */
  private static double floatRem(double vx, double wx) {
    double mod = vx % wx;
    if (mod != 0.0) {
      if ((wx < 0) != (mod < 0)) {
        mod += wx;
      }
    } else {
      mod = Math.copySign(0.0, wx);
    }
    return mod;
  }

  /** CPython's _float_div_mod, quotient half. */
  private static double floatFloorDiv(double vx, double wx) {
    double mod = vx % wx;
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
      if ((wx < 0) != (mod < 0)) {
        div -= 1.0;
      }
    }
    double floorDiv;
    if (div != 0.0) {
      floorDiv = Math.floor(div);
      if (div - floorDiv > 0.5) {
        floorDiv += 1.0;
      }
    } else {
      floorDiv = Math.copySign(0.0, vx / wx);
    }
    return floorDiv;
  }

  private static BigInteger toInteger(PyValue value) {
    return switch (value) {
      case PyValue.Int i -> i.value();
      case PyValue.Bool b -> b.value() ? BigInteger.ONE : BigInteger.ZERO;
      case PyValue.Float f -> throw new IllegalArgumentException("not an int: " + f);
    };
  }

  /** PyFloat_AsDouble on any operand: ints convert with correct rounding or overflow. */
  static double toDouble(PyValue value) {
    return switch (value) {
      case PyValue.Float f -> f.value();
      case PyValue.Int i -> intToDouble(i.value());
      case PyValue.Bool b -> b.value() ? 1.0 : 0.0;
    };
  }

  private static double intToDouble(BigInteger value) {
    double converted = CorrectRounding.toDouble(value);
    if (Double.isInfinite(converted)) {
      throw PythonError.overflow("int too large to convert to float");
    }
    return converted;
  }
}
