package dev.taipan.codegen;

import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.UnaryOperator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The frozenset constants CPython's compiler makes of set displays whose elements are all
 * constants: `{1, 9, 17}` with three or more elements (BUILD_SET + SET_UPDATE of a frozenset)
 * and any such display that is a `for` or comprehension iterable or the right operand of `in`
 * (the AST optimizer's fold_iter). Their iteration order is the frozenset's slot order, and the
 * compiler's constant cache (compile.c, merge_consts_recursive) shares one object between equal
 * frozensets of a module, so a later display iterates in the order of the first equal one. The
 * runtime's `frozenConstant` rebuilds the slot order; this class gives equal displays the module
 * constant of the first one.
 */
final class FrozenSetConstants {
  private final Map<String, String> byKey = new HashMap<>();

  /** Whether every element is a constant after CPython's constant folding (as far as modelled). */
  static boolean allConstant(List<Expr> elts) {
    return elts.stream().allMatch(FrozenSetConstants::isConstant);
  }

  private static boolean isConstant(Expr x) {
    return switch (x) {
      case Expr.Constant c -> true;
      case Expr.UnaryOp u when u.operand() instanceof Expr.Constant c -> switch (u.op()) {
        case USub, UAdd -> c.value() instanceof ConstantValue.IntValue || c.value() instanceof ConstantValue.FloatValue
            || c.value() instanceof ConstantValue.ComplexValue;
        case Invert -> c.value() instanceof ConstantValue.IntValue;
        case Not -> false;
      };
      case Expr.Tuple t -> t.elts().stream().allMatch(FrozenSetConstants::isConstant);
      default -> false;
    };
  }

  /**
   * The module constant for a display with these elements: the first display with an equal
   * constant key gets a new constant built from its own elements ({@code code}), later ones reuse it.
   */
  String constant(List<Expr> elts, String code, ModuleEmitter m) {
    String key = key(elts);
    if (key == null) {
      return m.constant(code);
    }
    return byKey.computeIfAbsent(key, k -> m.constant(code));
  }

  /**
   * CPython's _PyCode_ConstantKey of the frozenset: the set of its elements' keys (type and
   * value), after the set itself kept the first of equal elements. Null where not modelled.
   */
  private static String key(List<Expr> elts) {
    List<String> seen = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>();
    for (Expr x : elts) {
      Object[] v = value(x);
      if (v == null) {
        return null;
      }
      if (!seen.contains((String) v[0])) {
        seen.add((String) v[0]);
        keys.add((String) v[1]);
      }
    }
    return String.join("\u0000", keys);
  }

  /** {equality key, constant key} of one element, or null (NaN or not modelled). */
  private static Object[] value(Expr x) {
    return switch (x) {
      case Expr.Constant c -> constantValue(c.value());
      case Expr.UnaryOp u when u.operand() instanceof Expr.Constant c -> {
        ConstantValue v = c.value();
        ConstantValue folded = switch (u.op()) {
          case UAdd -> v;
          case USub -> switch (v) {
            case ConstantValue.IntValue i -> new ConstantValue.IntValue(i.value().negate());
            case ConstantValue.FloatValue d -> new ConstantValue.FloatValue(-d.value());
            case ConstantValue.ComplexValue z -> new ConstantValue.ComplexValue(-z.real(), -z.imag());
            default -> null;
          };
          case Invert -> v instanceof ConstantValue.IntValue i ? new ConstantValue.IntValue(i.value().not()) : null;
          case Not -> null;
        };
        yield folded == null ? null : constantValue(folded);
      }
      case Expr.Tuple t -> {
        StringBuilder eq = new StringBuilder("(");
        StringBuilder key = new StringBuilder("t(");
        for (Expr e : t.elts()) {
          Object[] v = value(e);
          if (v == null) {
            yield null;
          }
          eq.append(v[0]).append(',');
          key.append(v[1]).append(',');
        }
        yield new Object[] {eq.append(')').toString(), key.append(')').toString()};
      }
      default -> null;
    };
  }

  private static Object[] constantValue(ConstantValue v) {
    return switch (v) {
      case ConstantValue.Singleton s -> switch (s) {
        case NONE -> new Object[] {"None", "None"};
        case ELLIPSIS -> new Object[] {"...", "..."};
        case TRUE -> new Object[] {number("1", "0"), "bool:True"};
        case FALSE -> new Object[] {number("0", "0"), "bool:False"};
      };
      case ConstantValue.IntValue i -> new Object[] {number(plain(new BigDecimal(i.value())), "0"), "int:" + i.value()};
      case ConstantValue.FloatValue d -> Double.isNaN(d.value()) ? null
          : new Object[] {number(exact(d.value()), "0"), "float:" + Double.toString(d.value())};
      case ConstantValue.ComplexValue z -> Double.isNaN(z.real()) || Double.isNaN(z.imag()) ? null
          : new Object[] {number(exact(z.real()), exact(z.imag())), "complex:" + z.real() + "," + z.imag()};
      case ConstantValue.StrValue s -> new Object[] {"s" + s.value(), "str:" + s.value()};
      case ConstantValue.BytesValue b -> new Object[] {"b" + new BigInteger(1, prefixed(b.bytes())).toString(16), "bytes:" + new BigInteger(1, prefixed(b.bytes())).toString(16)};
    };
  }

  private static byte[] prefixed(byte[] bytes) {
    byte[] p = new byte[bytes.length + 1];
    p[0] = 1;
    System.arraycopy(bytes, 0, p, 1, bytes.length);
    return p;
  }

  /** A number's value for Python equality: 1 == 1.0 == True == (1+0j). */
  private static String number(String re, String im) {
    return "n" + re + "," + im;
  }

  private static String exact(double d) {
    return Double.isInfinite(d) ? (d > 0 ? "inf" : "-inf") : plain(new BigDecimal(d));
  }

  private static String plain(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }
}
