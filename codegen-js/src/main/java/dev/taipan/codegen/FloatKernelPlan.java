package dev.taipan.codegen;

import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Operator;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.ast.UnaryOperator;
import dev.taipan.frontend.scope.Symbol;
import dev.taipan.frontend.scope.SymbolScope;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the body of a `for` loop can run as a float kernel ({@link FloatKernels}), and what the
 * kernel must check on entry. The accepted body is a loop nest over ranges and lists of float
 * arithmetic on plain locals and instance fields, where nothing but a zero divisor or an index
 * past a list's end can raise and no code of the program can run:
 *
 * <ul>
 *   <li>{@code for NAME in range(A)} or {@code range(A, B)} (the builtin), where each bound is a
 *       non-negative int literal, an int local, or an int local plus such a literal (so every int
 *       the kernel makes is a non-negative safe int), and {@code for NAME in LIST};
 *   <li>{@code NAME = LIST[INT]};
 *   <li>{@code NAME = E}, {@code NAME op= E}, {@code OBJ.FIELD = E}, {@code OBJ.FIELD op= E} with
 *       op one of {@code + - * /} and E float arithmetic: float and small int literals, float
 *       locals, {@code OBJ.FIELD}, {@code + - * /} with at least one float operand (so an int
 *       never meets an int), unary minus, and {@code X ** 0.5} of an X that cannot be negative
 *       or -0.0 (a sum or product of squares {@code Y * Y}, or a local only ever assigned one).
 * </ul>
 *
 * Every name is a plain local of the function (not a cell, global or free variable) of one kind:
 * an int, a list (never assigned in the body), an object (assigned only from a list, used only
 * as {@code OBJ.FIELD}) or a float. A name read where the body has not assigned it yet in the
 * iteration is read from the Python local, which the entry check tests. Each list must be
 * iterated by a loop at the top of the body, so that testing all its elements on each iteration
 * costs no more than that loop does.
 */
final class FloatKernelPlan {
  enum Kind { INT, LIST, OBJ, FLOAT }

  /** The kind of each name of the body, in order of first use. */
  final Map<String, Kind> kinds = new LinkedHashMap<>();
  /** Names read before the body assigns them in an iteration: their Python values are checked and read. */
  final Set<String> entry = new LinkedHashSet<>();
  /** Names the body assigns: copied back to the Python locals. */
  final Set<String> assigned = new LinkedHashSet<>();
  /** The fields read or written through each object name. */
  final Map<String, Set<String>> fields = new LinkedHashMap<>();
  /** The lists each object name is assigned from. */
  final Map<String, Set<String>> sources = new LinkedHashMap<>();
  /** Float locals whose value is the base of {@code ** 0.5}: each must only be assigned non-negative values. */
  private final Set<String> rootBases = new LinkedHashSet<>();
  /** The values assigned to each float local with `=`. */
  private final Map<String, List<Expr>> floatValues = new LinkedHashMap<>();
  /** Float locals some augmented assignment updates. */
  private final Set<String> augmented = new HashSet<>();
  /** Lists iterated by a `for` at the top of the body. */
  private final Set<String> iteratedAtTop = new HashSet<>();
  private boolean hasLoop;
  private final ModuleEmitter m;
  private final Frame f;

  private FloatKernelPlan(ModuleEmitter m, Frame f) {
    this.m = m;
    this.f = f;
  }

  /** The plan for `body`, or null when it is not a float kernel. */
  static FloatKernelPlan of(List<Stmt> body, ModuleEmitter m, Frame f) {
    FloatKernelPlan p = new FloatKernelPlan(m, f);
    try {
      p.block(body, new HashSet<>(), true);
      return p.complete() ? p : null;
    } catch (NotKernel e) {
      return null;
    }
  }

  /** Thrown by the analysis at the first construct outside the accepted subset. */
  private static final class NotKernel extends RuntimeException {
    NotKernel() {
      super(null, null, false, false);
    }
  }

  private static NotKernel no() {
    return new NotKernel();
  }

  private boolean complete() {
    for (Map.Entry<String, Kind> e : kinds.entrySet()) {
      String name = e.getKey();
      switch (e.getValue()) {
        case LIST -> {
          if (assigned.contains(name) || !iteratedAtTop.contains(name)) {
            return false;
          }
        }
        case OBJ -> {
          for (String field : fields.getOrDefault(name, Set.of())) {
            if (!JsNames.isIdentifier(field) || field.startsWith("__")) {
              return false;
            }
          }
        }
        default -> { }
      }
    }
    for (String base : rootBases) {
      List<Expr> values = floatValues.get(base);
      if (entry.contains(base) || augmented.contains(base) || values == null || values.isEmpty()) {
        return false;
      }
      for (Expr v : values) {
        if (!nonNegative(v)) {
          return false;
        }
      }
    }
    return hasLoop;
  }

  /** The fields each element of `list` must hold as floats: those used through the names assigned from it. */
  Set<String> listFields(String list) {
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<String, Set<String>> e : sources.entrySet()) {
      if (e.getValue().contains(list)) {
        out.addAll(fields.getOrDefault(e.getKey(), Set.of()));
      }
    }
    return out;
  }

  private void block(List<Stmt> body, Set<String> bound, boolean top) {
    for (Stmt s : body) {
      statement(s, bound, top);
    }
  }

  private void statement(Stmt s, Set<String> bound, boolean top) {
    switch (s) {
      case Stmt.For fo when fo.orelse().isEmpty() && fo.target() instanceof Expr.Name t -> {
        hasLoop = true;
        Set<String> inner = new HashSet<>(bound);
        if (rangeArgs(fo.iter()) instanceof List<Expr> args) {
          for (Expr a : args) {
            intBound(a, bound);
          }
          assign(t.id(), Kind.INT, inner);
        } else if (fo.iter() instanceof Expr.Name list) {
          use(list.id(), Kind.LIST);
          if (top) {
            iteratedAtTop.add(list.id());
          }
          assign(t.id(), Kind.OBJ, inner);
          sources.computeIfAbsent(t.id(), k -> new LinkedHashSet<>()).add(list.id());
        } else {
          throw no();
        }
        block(fo.body(), inner, false);
      }
      case Stmt.Assign a when a.targets().size() == 1 -> {
        Expr target = a.targets().get(0);
        if (target instanceof Expr.Name n && a.value() instanceof Expr.Subscript sub
            && sub.value() instanceof Expr.Name list && sub.slice() instanceof Expr.Name index) {
          use(list.id(), Kind.LIST);
          read(index.id(), Kind.INT, bound);
          assign(n.id(), Kind.OBJ, bound);
          sources.computeIfAbsent(n.id(), k -> new LinkedHashSet<>()).add(list.id());
        } else if (target instanceof Expr.Name n) {
          floatExpr(a.value(), bound);
          assign(n.id(), Kind.FLOAT, bound);
          floatValues.computeIfAbsent(n.id(), k -> new ArrayList<>()).add(a.value());
        } else if (target instanceof Expr.Attribute at && at.value() instanceof Expr.Name o) {
          // The value is evaluated before the object; both are pure here.
          floatExpr(a.value(), bound);
          field(o.id(), at.attr(), bound);
        } else {
          throw no();
        }
      }
      case Stmt.AugAssign a when arithmetic(a.op()) -> {
        if (a.target() instanceof Expr.Name n) {
          read(n.id(), Kind.FLOAT, bound);
          floatExpr(a.value(), bound);
          assign(n.id(), Kind.FLOAT, bound);
          augmented.add(n.id());
        } else if (a.target() instanceof Expr.Attribute at && at.value() instanceof Expr.Name o) {
          field(o.id(), at.attr(), bound);
          floatExpr(a.value(), bound);
        } else {
          throw no();
        }
      }
      default -> throw no();
    }
  }

  private static boolean arithmetic(Operator op) {
    return op == Operator.Add || op == Operator.Sub || op == Operator.Mult || op == Operator.Div;
  }

  /** The arguments of a call of the builtin range with one or two positional arguments, else null. */
  List<Expr> rangeArgs(Expr iter) {
    if (iter instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("range")
        && m.names.isBuiltin("range", f) && c.keywords().isEmpty() && !c.args().isEmpty() && c.args().size() <= 2
        && c.args().stream().noneMatch(x -> x instanceof Expr.Starred)) {
      return c.args();
    }
    return null;
  }

  /** A range bound: a non-negative small int literal, an int name, or an int name plus such a literal. */
  private void intBound(Expr e, Set<String> bound) {
    if (smallNonNegative(e) != null) {
      return;
    }
    if (e instanceof Expr.Name n) {
      read(n.id(), Kind.INT, bound);
      return;
    }
    if (e instanceof Expr.BinOp b && b.op() == Operator.Add && b.left() instanceof Expr.Name n
        && smallNonNegative(b.right()) != null) {
      read(n.id(), Kind.INT, bound);
      return;
    }
    throw no();
  }

  /** The value of an int literal in [0, 2**31), else null. */
  static BigInteger smallNonNegative(Expr e) {
    if (e instanceof Expr.Constant c && c.value() instanceof ConstantValue.IntValue i
        && i.value().signum() >= 0 && i.value().bitLength() < 32) {
      return i.value();
    }
    return null;
  }

  /** The value of an int literal, or minus one, of magnitude below 2**31, else null. */
  static BigInteger smallInt(Expr e) {
    if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub && smallNonNegative(u.operand()) instanceof BigInteger v) {
      return v.negate();
    }
    return smallNonNegative(e);
  }

  /** Analyses float arithmetic; returns whether its value is a float (else it is an int literal). */
  private boolean floatExpr(Expr e, Set<String> bound) {
    if (smallInt(e) != null) {
      return false;
    }
    switch (e) {
      case Expr.Constant c when c.value() instanceof ConstantValue.FloatValue -> {
        return true;
      }
      case Expr.Name n -> {
        read(n.id(), Kind.FLOAT, bound);
        return true;
      }
      case Expr.Attribute at when at.value() instanceof Expr.Name o -> {
        field(o.id(), at.attr(), bound);
        return true;
      }
      case Expr.UnaryOp u when u.op() == UnaryOperator.USub -> {
        if (!floatExpr(u.operand(), bound)) {
          throw no();
        }
        return true;
      }
      case Expr.BinOp b when arithmetic(b.op()) -> {
        boolean left = floatExpr(b.left(), bound);
        boolean right = floatExpr(b.right(), bound);
        if (!left && !right) {
          throw no();
        }
        return true;
      }
      case Expr.BinOp b when b.op() == Operator.Pow && isHalf(b.right()) -> {
        if (!floatExpr(b.left(), bound)) {
          throw no();
        }
        if (b.left() instanceof Expr.Name n) {
          rootBases.add(n.id());
        } else if (!nonNegative(b.left())) {
          throw no();
        }
        return true;
      }
      default -> throw no();
    }
  }

  static boolean isHalf(Expr e) {
    return e instanceof Expr.Constant c && c.value() instanceof ConstantValue.FloatValue d && d.value() == 0.5;
  }

  /**
   * Whether float arithmetic `e` is +0.0, positive or NaN (never negative nor -0.0): a literal at
   * least 0, {@code Y * Y} of one local or field (-0.0 * -0.0 is +0.0), and sums and products of
   * such values (+0.0 + +0.0 is +0.0).
   */
  static boolean nonNegative(Expr e) {
    if (smallNonNegative(e) != null) {
      return true;
    }
    return switch (e) {
      case Expr.Constant c when c.value() instanceof ConstantValue.FloatValue d -> d.value() >= 0 && !(1 / d.value() < 0);
      case Expr.BinOp b when b.op() == Operator.Mult && sameLoad(b.left(), b.right()) -> true;
      case Expr.BinOp b when b.op() == Operator.Add || b.op() == Operator.Mult -> nonNegative(b.left()) && nonNegative(b.right());
      default -> false;
    };
  }

  private static boolean sameLoad(Expr a, Expr b) {
    if (a instanceof Expr.Name x && b instanceof Expr.Name y) {
      return x.id().equals(y.id());
    }
    return a instanceof Expr.Attribute x && b instanceof Expr.Attribute y && x.attr().equals(y.attr())
        && x.value() instanceof Expr.Name ox && y.value() instanceof Expr.Name oy && ox.id().equals(oy.id());
  }

  private void field(String obj, String attr, Set<String> bound) {
    read(obj, Kind.OBJ, bound);
    fields.computeIfAbsent(obj, k -> new LinkedHashSet<>()).add(m.mangle(attr, f));
  }

  /** Records `name` as a plain local of kind `k`. */
  private void use(String name, Kind k) {
    Symbol s = f.scope.lookup(name);
    if (s == null || s.scope() != SymbolScope.LOCAL) {
      throw no();
    }
    Kind old = kinds.putIfAbsent(name, k);
    if (old != null && old != k) {
      throw no();
    }
  }

  private void read(String name, Kind k, Set<String> bound) {
    use(name, k);
    if (!bound.contains(name)) {
      entry.add(name);
    }
  }

  private void assign(String name, Kind k, Set<String> bound) {
    use(name, k);
    assigned.add(name);
    bound.add(name);
  }

  /** The JS variable of local `name`. */
  String local(String name) {
    return JsNames.ident(f.scope.mangle(name));
  }
}
