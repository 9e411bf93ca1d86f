package dev.taipan.codegen;

import dev.taipan.frontend.ast.Expr;
import java.util.List;

/**
 * Subscripts, membership tests and {@code .get} calls whose key is a two-item tuple display
 * ({@code d[(x, y)]}, {@code d[(x, y)] = v}, {@code (x, y) in d}, {@code d.get((x, y), 0)}):
 * they call the runtime's pair-key functions (internals/pair-keys.js) with the two items, so
 * an exact dict whose table packs the pair is searched without building the tuple. The
 * runtime builds the tuple and takes the generic path for anything else, and the operands
 * are evaluated in the same order as the generic code's.
 */
final class PairKeys {
  private static final String FILE = "internals/pair-keys.js";

  private final ModuleEmitter m;

  PairKeys(ModuleEmitter m) {
    this.m = m;
  }

  /** The two items of {@code key} when it is a two-item tuple display without starred items, else null. */
  static List<Expr> items(Expr key) {
    if (key instanceof Expr.Tuple t && t.elts().size() == 2
        && !(t.elts().get(0) instanceof Expr.Starred) && !(t.elts().get(1) instanceof Expr.Starred)) {
      return t.elts();
    }
    return null;
  }

  /** {@code d[(a, b)]}, or null when the key is not a pair display. */
  String load(Expr.Subscript s, Frame f) {
    List<Expr> k = items(s.slice());
    if (k == null) {
      return null;
    }
    return fn("getPair") + "(" + emit(s.value(), f) + ", " + emit(k.get(0), f) + ", " + emit(k.get(1), f) + ")";
  }

  /** {@code d[(a, b)] = value}, the value evaluated first, or null. */
  String store(Expr.Subscript s, String value, Frame f) {
    List<Expr> k = items(s.slice());
    if (k == null) {
      return null;
    }
    // Python evaluates the value before the target's dict and key.
    String v = value;
    String first = "";
    if (!value.matches("[$A-Za-z_][$\\w]*")) {
      v = m.temp(f);
      first = v + " = " + value + ", ";
    }
    return "(" + first + fn("setPair") + "(" + emit(s.value(), f) + ", " + emit(k.get(0), f) + ", " + emit(k.get(1), f) + ", " + v + "))";
  }

  /** {@code (a, b) in d} / {@code not in}: the tuple's items first, as Python evaluates them; or null. */
  String contains(Expr left, boolean negated, Expr container, Frame f) {
    List<Expr> k = items(left);
    if (k == null) {
      return null;
    }
    return (negated ? "!" : "") + fn("pairIn") + "(" + emit(k.get(0), f) + ", " + emit(k.get(1), f) + ", " + emit(container, f) + ")";
  }

  /** {@code d.get((a, b))} or {@code d.get((a, b), dflt)} (positional arguments only), or null. */
  String get(Expr.Attribute method, List<Expr> args, Frame f) {
    if (!method.attr().equals("get") || args.isEmpty() || args.size() > 2) {
      return null;
    }
    List<Expr> k = items(args.get(0));
    if (k == null || args.size() == 2 && args.get(1) instanceof Expr.Starred) {
      return null;
    }
    String head = emit(method.value(), f) + ", " + emit(k.get(0), f) + ", " + emit(k.get(1), f);
    return args.size() == 1
        ? fn("getPairOrNone") + "(" + head + ")"
        : fn("getPairOr") + "(" + head + ", " + emit(args.get(1), f) + ")";
  }

  private String fn(String name) {
    return m.imports.ref(FILE, name);
  }

  private String emit(Expr e, Frame f) {
    return m.expressions.emit(e, f);
  }
}
