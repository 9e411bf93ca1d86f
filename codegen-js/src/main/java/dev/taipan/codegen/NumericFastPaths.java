package dev.taipan.codegen;

import dev.taipan.frontend.ast.CmpOp;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Operator;
import dev.taipan.frontend.ast.UnaryOperator;
import dev.taipan.frontend.scope.Symbol;
import dev.taipan.frontend.scope.SymbolScope;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Inline fast paths, emitted at each site, for arithmetic, comparisons, unary minus and list
 * indexing on plain JS numbers and lists, with the generic runtime helper as the fallback.
 *
 * <p>The shared helpers ($add, $getitem, ...) see every site's operand types, so V8's feedback in
 * them is megamorphic and they are too many to inline into a hot function; a check at the site
 * gets its own feedback and no call. Every fast path returns exactly what the helper would: it
 * takes only cases whose result is an unboxed JS number (a safe int, or a float that is not
 * integral) and leaves the rest (bigints, integral float results that need the box, zero
 * divisors, negative indices, list subclasses...) to the helper. An unboxed JS number that is
 * integral is always an int, so {@code Number.isInteger} tells ints from floats.
 */
final class NumericFastPaths {
  private static final Pattern IDENT = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final BigInteger MAX_SAFE = BigInteger.valueOf(9007199254740991L);

  private final ModuleEmitter m;
  /** The per-function temporary holding a fast result between its computation and its test. */
  private final Map<Frame, String> resultTemps = new IdentityHashMap<>();
  private final Map<Frame, Set<String>> smallInts = new IdentityHashMap<>();
  /** Per specialised function body: the parameters its entry guard proved to be ints within a range. */
  private final Map<Frame, Map<String, IntRanges.Range>> guarded = new IdentityHashMap<>();
  /**
   * How many fast paths enclose the operand being emitted. Past MAX_DEPTH the generic helpers
   * are used: each level copies its operands' text, so deeply nested expressions would grow
   * the work quadratically.
   */
  private int depth;
  private static final int MAX_DEPTH = 24;

  NumericFastPaths(ModuleEmitter m) {
    this.m = m;
  }

  /** Declares that in `f` (a specialised body) each of `params` holds an int within its range. */
  void guard(Frame f, Map<String, IntRanges.Range> params) {
    guarded.put(f, params);
  }

  private Map<String, IntRanges.Range> guardedParams(Frame f) {
    return guarded.getOrDefault(f, Map.of());
  }

  /** What is known of an operand's value before run time. */
  private enum Kind {
    /** Anything. */
    UNKNOWN,
    /** A safe int literal. */
    INT,
    /** A float literal ({@code raw} is its double, even where the value itself is boxed). */
    FLOAT,
    /** A local that always holds a safe int (LocalTypeFacts). */
    SMALL
  }

  /**
   * An operand evaluated exactly once: {@code setup} assigns it to a temporary (null when
   * {@code ref} is a literal or a local that nothing in the expression can rebind),
   * {@code raw} is the JS number to compute with.
   */
  private record Operand(String setup, String ref, Kind kind, String raw) {
    /** Known to be a JS number. */
    boolean known() {
      return kind != Kind.UNKNOWN;
    }

    boolean isLiteral() {
      return kind == Kind.INT || kind == Kind.FLOAT;
    }

    /** Known to be an int held in a JS number. */
    boolean isInt() {
      return kind == Kind.INT || kind == Kind.SMALL;
    }
  }

  private String rt(String file, String name) {
    return m.imports.ref(file, name);
  }

  private String result(Frame f) {
    return resultTemps.computeIfAbsent(f.tempOwner(), o -> m.temp(o));
  }

  // ---------------------------------------------------------------------------------------
  // Operands

  /** A numeric literal as a JS number, or null: ints within the safe range, floats. */
  private static ConstantValue literal(Expr e) {
    if (e instanceof Expr.Constant c) {
      return switch (c.value()) {
        case ConstantValue.IntValue i when i.value().abs().compareTo(MAX_SAFE) <= 0 -> i;
        case ConstantValue.FloatValue d -> d;
        default -> null;
      };
    }
    if (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub && literal(u.operand()) instanceof ConstantValue v) {
      return switch (v) {
        case ConstantValue.IntValue i -> new ConstantValue.IntValue(i.value().negate());
        case ConstantValue.FloatValue d -> new ConstantValue.FloatValue(-d.value());
        default -> null;
      };
    }
    return null;
  }

  /** Expressions whose value is never an int or float, so a numeric check could only fail. */
  private static boolean nonNumeric(Expr e) {
    return switch (e) {
      case Expr.Constant c -> literal(c) == null;
      case Expr.List l -> true;
      case Expr.Tuple t -> true;
      case Expr.Dict d -> true;
      case Expr.Set s -> true;
      case Expr.JoinedStr j -> true;
      case Expr.ListComp c -> true;
      case Expr.SetComp c -> true;
      case Expr.DictComp c -> true;
      case Expr.GeneratorExp g -> true;
      case Expr.Lambda l -> true;
      default -> false;
    };
  }

  /** Expressions known to contain a walrus (or not), so nested sites do not walk the same subtree again. */
  private final Map<Expr, Boolean> walruses = new IdentityHashMap<>();

  boolean containsWalrus(Expr e) {
    Boolean known = walruses.get(e);
    if (known != null) {
      return known;
    }
    boolean[] found = {false};
    AstNodes.preorder(e, n -> {
      if (n instanceof Expr.NamedExpr) {
        found[0] = true;
      }
    });
    if (!found[0]) {
      // Every subexpression of a walrus-free expression is walrus-free too.
      AstNodes.preorder(e, n -> {
        if (n instanceof Expr x) {
          walruses.put(x, false);
        }
      });
    }
    walruses.put(e, found[0]);
    return found[0];
  }

  /** Whether a read of `n` in `f` is a plain JS local that only the function's own statements (or a walrus) can rebind. */
  private boolean isPlainLocal(Expr.Name n, Frame f, String code) {
    if (f.isModule() || f.isClass() || !IDENT.matcher(code).matches()) {
      return false;
    }
    Symbol s = f.scope.lookup(n.id());
    return s != null && s.scope() == SymbolScope.LOCAL;
  }

  /**
   * Whether a plain local read of `n` always yields a safe int. A parameter does only in a body
   * specialised by an entry guard (ParameterGuards): otherwise callers pass anything.
   */
  private boolean isSmallInt(Expr.Name n, Frame f) {
    Symbol s = f.scope.lookup(n.id());
    if (s != null && s.isParameter()) {
      return guardedParams(f).containsKey(n.id());
    }
    return s != null && smallInts.computeIfAbsent(f, this::computeSmallInts).contains(n.id());
  }

  private Set<String> computeSmallInts(Frame f) {
    List<Object> body = new ArrayList<>();
    switch (f.scope.node()) {
      case dev.taipan.frontend.ast.Stmt.FunctionDef d -> body.addAll(d.body());
      case dev.taipan.frontend.ast.Stmt.AsyncFunctionDef d -> body.addAll(d.body());
      case Expr.Lambda l -> body.add(l.body());
      case Expr.ListComp c -> { body.addAll(c.generators()); body.add(c.elt()); }
      case Expr.SetComp c -> { body.addAll(c.generators()); body.add(c.elt()); }
      case Expr.GeneratorExp c -> { body.addAll(c.generators()); body.add(c.elt()); }
      case Expr.DictComp c -> { body.addAll(c.generators()); body.add(c.key()); body.add(c.value()); }
      case null, default -> { return Set.of(); }
    }
    return LocalTypeFacts.smallInts(body, iter -> m.ranges.of(iter, f) instanceof RangeLoops.Range r
        && (r.args().size() == 1 || LocalTypeFacts.isSafeIntLiteral(r.args().get(0))));
  }

  private Operand operand(Expr e, Frame f, boolean walrus) {
    ConstantValue v = literal(e);
    if (v instanceof ConstantValue.IntValue i) {
      String text = i.value().toString();
      return new Operand(null, i.value().signum() < 0 ? "(" + text + ")" : text, Kind.INT, i.value().signum() < 0 ? "(" + text + ")" : text);
    }
    if (v instanceof ConstantValue.FloatValue d && !Double.isNaN(d.value())) {
      String code = m.expressions.constant(d);
      String raw = jsDouble(d.value());
      return new Operand(null, code.startsWith("-") ? "(" + code + ")" : code, Kind.FLOAT, raw);
    }
    String code;
    depth++;
    try {
      code = m.expressions.emit(e, f);
    } finally {
      depth--;
    }
    if (!walrus && e instanceof Expr.Name n && isPlainLocal(n, f, code)) {
      return new Operand(null, code, isSmallInt(n, f) ? Kind.SMALL : Kind.UNKNOWN, code);
    }
    String t = m.temp(f);
    return new Operand(t + " = " + code, t, IntRanges.of(e, guardedParams(f)) != null ? Kind.SMALL : Kind.UNKNOWN, t);
  }

  static String jsDouble(double d) {
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "(-Infinity)";
    }
    if (d == 0 && 1 / d < 0) {
      return "(-0)";
    }
    String s = Double.toString(d);
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    s = s.replace("E", "e");
    return d < 0 ? "(" + s + ")" : s;
  }

  /** `(setups..., body)`, or `(body)` when every operand is already a reference. */
  private static String sequence(List<Operand> ops, String body) {
    List<String> parts = new ArrayList<>();
    for (Operand o : ops) {
      if (o.setup() != null) {
        parts.add(o.setup());
      }
    }
    parts.add(body);
    return "(" + String.join(", ", parts) + ")";
  }

  private static void isNumber(Operand o, List<String> conds) {
    if (!o.known() && !conds.contains("typeof " + o.ref() + " === 'number'")) {
      conds.add("typeof " + o.ref() + " === 'number'");
    }
  }

  // ---------------------------------------------------------------------------------------
  // Arithmetic

  /** `a op b` with a fast path, or null when the operator or operands have none. */
  String binOp(Expr.BinOp b, Frame f) {
    if (depth < MAX_DEPTH && (b.op() == Operator.RShift || b.op() == Operator.BitAnd) && !nonNumeric(b.left())) {
      String masked = shiftOrMask(b, f);
      if (masked != null) {
        return masked;
      }
    }
    if (depth >= MAX_DEPTH || nonNumeric(b.left()) || nonNumeric(b.right()) || !hasFastPath(b.op(), b.right())) {
      return null;
    }
    if ((b.op() == Operator.FloorDiv || b.op() == Operator.Mod) && literal(b.left()) instanceof ConstantValue.FloatValue) {
      return null;
    }
    if (literal(b.left()) != null && literal(b.right()) != null) {
      return null;
    }
    if (IntRanges.of(b, guardedParams(f)) != null) {
      return boundedInts(b, f);
    }
    boolean walrus = containsWalrus(b);
    if (!walrus && fusableOp(b, f) && tree(b, f) instanceof Node whole && fusedTree(whole, f) instanceof Node t) {
      return fused(t, f, helper(b.op()));
    }
    Operand a = operand(b.left(), f, walrus);
    Operand c = operand(b.right(), f, walrus);
    return arithmetic(b.op(), a, c, helper(b.op()), f);
  }

  /**
   * `a >> k` and `a & k` for a literal int k (0 <= k < 2**31, shifts up to 63): an int held in a JS
   * number is a safe int, so `a >> k` is floor(a / 2**k) (exact in doubles, as the runtime's
   * `rshift`), and `a & k` keeps only bits below 31, which JS's `&` (on a modulo 2**32, two's
   * complement) keeps alike for negative a too. Anything else goes to the runtime's helper.
   */
  private String shiftOrMask(Expr.BinOp b, Frame f) {
    if (!(literal(b.right()) instanceof ConstantValue.IntValue k) || k.value().signum() < 0 || k.value().bitLength() > 31
        || b.op() == Operator.RShift && k.value().intValue() > 63 || literal(b.left()) != null) {
      return null;
    }
    Operand a = operand(b.left(), f, containsWalrus(b));
    int n = k.value().intValue();
    String fast = b.op() == Operator.RShift
        ? "Math.floor(" + a.ref() + " / " + BigInteger.TWO.pow(n) + ")"
        : "(" + a.ref() + " & " + n + ")";
    if (a.isInt()) {
      return sequence(List.of(a), fast);
    }
    String helper = rt("internals/arith.js", b.op() == Operator.RShift ? "rshift" : "and_");
    return sequence(List.of(a), "typeof " + a.ref() + " === 'number' && Number.isInteger(" + a.ref() + ") ? " + fast
        + " : " + helper + "(" + a.ref() + ", " + n + ")");
  }

  /**
   * Int arithmetic whose operands and result are proven (IntRanges) to be ints in the safe range:
   * plain JS arithmetic. `+ 0` turns the -0 of `0 * -k` into the int 0; floor division by a
   * positive int is exact as `Math.floor(a / d)` for safe ints (the rounded quotient never
   * reaches the next integer), and so is the modulo derived from it.
   */
  private String boundedInts(Expr.BinOp b, Frame f) {
    String x = pureOperand(b.left(), f);
    String y = pureOperand(b.right(), f);
    return switch (b.op()) {
      case Add -> "(" + x + " + " + y + ")";
      case Sub -> "(" + x + " - " + y + ")";
      case Mult -> "(" + x + " * " + y + " + 0)";
      case FloorDiv -> "Math.floor(" + x + " / " + y + ")";
      case Mod -> IntRanges.of(b.left(), guardedParams(f)).lo().signum() >= 0
          ? "(" + x + " % " + y + ")"
          : "(" + x + " - Math.floor(" + x + " / " + y + ") * " + y + ")";
      default -> throw new IllegalStateException("no bounded int form for " + b.op());
    };
  }

  /**
   * An operand of {@link #boundedInts}, inline: it is pure int arithmetic on guarded parameters and
   * literals, which cannot raise or rebind anything, so it needs no temporary.
   */
  private String pureOperand(Expr e, Frame f) {
    if (literal(e) instanceof ConstantValue.IntValue i) {
      return i.value().signum() < 0 ? "(" + i.value() + ")" : i.value().toString();
    }
    String code;
    depth++;
    try {
      // Pure int arithmetic cannot raise, so it needs no traceback marks (which would hide its shape).
      code = JsPrinter.unmarked(m.expressions.emit(e, f));
    } finally {
      depth--;
    }
    boolean floor = code.startsWith("Math.floor(") && enclosed(code.substring("Math.floor".length()));
    return IDENT.matcher(code).matches() || enclosed(code) || floor ? code : "(" + code + ")";
  }

  /** Whether `code` (with no string literals) is one parenthesised group. */
  private static boolean enclosed(String code) {
    if (!code.startsWith("(")) {
      return false;
    }
    int level = 0;
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      if (ch == '(') {
        level++;
      } else if (ch == ')' && --level == 0) {
        return i == code.length() - 1;
      }
    }
    return false;
  }

  /**
   * `target op= value` whose current value is read by the JS expression `current`, or null.
   * `target` is the Name when the target is a variable (null for an attribute or item): a plain
   * local is read in place, anything else (a global or closure variable the value could rebind)
   * is read once into a temporary first.
   */
  String augmented(Operator op, Expr.Name target, String current, Expr value, Frame f) {
    if (depth >= MAX_DEPTH || nonNumeric(value) || !hasFastPath(op, value)) {
      return null;
    }
    boolean walrus = containsWalrus(value);
    Operand a = walrus || target == null || !isPlainLocal(target, f, current)
        ? tempOf(current, f) : new Operand(null, current, isSmallInt(target, f) ? Kind.SMALL : Kind.UNKNOWN, current);
    if (!walrus && (op == Operator.Add || op == Operator.Sub || op == Operator.Mult || op == Operator.Div)
        && value instanceof Expr.BinOp v && fusableOp(v, f) && tree(v, f) instanceof Node rhs
        && fusedTree(new Op(op, new Leaf(null, a), rhs, null), f) instanceof Node t) {
      return fused(t, f, m.expressions.inplaceOp(op));
    }
    Operand c = operand(value, f, walrus);
    return arithmetic(op, a, c, m.expressions.inplaceOp(op), f);
  }

  /** `acc + value` for two JS variables (sum's accumulator and the element). */
  String addTo(String acc, String value, Frame f) {
    Operand a = new Operand(null, acc, Kind.UNKNOWN, acc);
    Operand b = new Operand(null, value, Kind.UNKNOWN, value);
    return arithmetic(Operator.Add, a, b, helper(Operator.Add), f);
  }

  /**
   * `x[k] op= value` given the already evaluated container and key references, or null; the load
   * of the item is marked with {@code load} (its traceback position).
   */
  String augmentedItem(Operator op, String container, String key, Expr value, Frame f, JsPrinter.Mark load) {
    if (depth >= MAX_DEPTH || nonNumeric(value) || !hasFastPath(op, value)) {
      return null;
    }
    Operand a = tempOf(m.out.mark(load, getitem(new Operand(null, container, Kind.UNKNOWN, container), new Operand(null, key, Kind.UNKNOWN, key))), f);
    Operand c = operand(value, f, true);
    return arithmetic(op, a, c, m.expressions.inplaceOp(op), f);
  }

  private Operand tempOf(String code, Frame f) {
    String t = m.temp(f);
    return new Operand(t + " = " + code, t, Kind.UNKNOWN, t);
  }

  private static boolean hasFastPath(Operator op, Expr right) {
    return switch (op) {
      case Add, Sub, Mult, Div -> true;
      // Only a non-negative int by a positive int is inlined: a float or non-positive literal never is.
      case FloorDiv, Mod -> !(literal(right) instanceof ConstantValue.FloatValue)
          && !(literal(right) instanceof ConstantValue.IntValue i && i.value().signum() <= 0);
      case Pow -> literal(right) instanceof ConstantValue.FloatValue d && d.value() == 0.5
          || literal(right) instanceof ConstantValue.IntValue i && i.value().equals(BigInteger.TWO);
      // Two int32 operands: JS's 32-bit operators give Python's result (itself an int32).
      case BitOr, BitXor, BitAnd -> !(literal(right) instanceof ConstantValue.FloatValue);
      case MatMult, LShift, RShift -> false;
    };
  }

  private String helper(Operator op) {
    String arith = "internals/arith.js";
    return switch (op) {
      case Add -> rt(arith, "add");
      case Sub -> rt(arith, "sub");
      case Mult -> rt(arith, "mul");
      case Div -> rt(arith, "truediv");
      case FloorDiv -> rt(arith, "floordiv");
      case Mod -> rt(arith, "mod");
      case Pow -> rt(arith, "pow");
      case BitOr -> rt(arith, "or_");
      case BitXor -> rt(arith, "xor");
      case BitAnd -> rt(arith, "and_");
      case MatMult, LShift, RShift -> throw new IllegalStateException("no fast path for " + op);
    };
  }

  private String arithmetic(Operator op, Operand a, Operand b, String helper, Frame f) {
    String r = result(f);
    List<String> conds = new ArrayList<>();
    isNumber(a, conds);
    String fast;
    switch (op) {
      case Add, Sub, Mult -> {
        isNumber(b, conds);
        String sym = op == Operator.Add ? " + " : op == Operator.Sub ? " - " : " * ";
        conds.add(resultCheck(r, a.raw() + sym + b.raw(), a, b));
        // int * int can be -0 (0 * -1); `+ 0` makes it 0 and leaves every other value alone.
        fast = op == Operator.Mult ? r + " + 0" : r;
      }
      case Div -> {
        isNumber(b, conds);
        if (!(b.isLiteral() && Double.parseDouble(stripParens(b.raw())) != 0)) {
          conds.add(b.raw() + " !== 0");
        }
        // int / int is the correctly rounded quotient of two safe ints, as CPython's.
        conds.add("!Number.isInteger(" + r + " = " + a.raw() + " / " + b.raw() + ")");
        fast = r;
      }
      case FloorDiv, Mod -> {
        // Non-negative int by positive int only (hasFastPath left out float and non-positive
        // literals): there floor and truncation agree, and (a - a % b) / b is exact.
        isNumber(b, conds);
        if (!a.isInt()) {
          conds.add("Number.isInteger(" + a.ref() + ")");
        }
        if (!b.isInt()) {
          conds.add("Number.isInteger(" + b.ref() + ")");
        }
        if (a.kind() != Kind.INT || a.raw().startsWith("(")) {
          conds.add(a.ref() + " >= 0");
        }
        if (b.kind() != Kind.INT) {
          conds.add(b.ref() + " > 0");
        }
        fast = op == Operator.Mod ? a.ref() + " % " + b.ref() : "(" + a.ref() + " - " + a.ref() + " % " + b.ref() + ") / " + b.ref();
      }
      case Pow -> {
        if (b.kind() == Kind.FLOAT) {
          // x ** 0.5 for x > 0 (NaN, zeros and negatives go to the helper): the runtime's sqrt.
          conds.add(a.ref() + " > 0");
          conds.add("!Number.isInteger(" + r + " = Math.sqrt(" + a.raw() + "))");
          fast = r;
        } else {
          // x ** 2 is x * x (the runtime's floatPow too); a float overflow raises, so only finite results.
          conds.add(resultCheck(r, a.raw() + " * " + a.raw(), a, a) + " && " + r + " < Infinity");
          fast = r + " + 0";
        }
      }
      case BitOr, BitXor, BitAnd -> {
        // An int32 (`(x | 0) === x`: a JS number that is an int in [-2**31, 2**31); never a
        // float, which is either not integral or a box) on both sides.
        isNumber(b, conds);
        for (Operand o : List.of(a, b)) {
          if (!isInt32Literal(o)) {
            conds.add("(" + o.ref() + " | 0) === " + o.ref());
          }
        }
        String sym = op == Operator.BitOr ? " | " : op == Operator.BitXor ? " ^ " : " & ";
        fast = "(" + a.ref() + sym + b.ref() + ")";
      }
      default -> throw new IllegalStateException("no fast path for " + op);
    }
    return sequence(List.of(a, b), String.join(" && ", conds) + " ? " + fast + " : " + helper + "(" + a.ref() + ", " + b.ref() + ")");
  }

  private static boolean isInt32Literal(Operand o) {
    if (o.kind() != Kind.INT) {
      return false;
    }
    try {
      long v = Long.parseLong(stripParens(o.raw()));
      return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String stripParens(String s) {
    return s.startsWith("(") ? s.substring(1, s.length() - 1) : s;
  }

  /**
   * The test that `r = expr` (of two numbers) is the Python result unboxed: a float that is not
   * integral, or an int that stays in the safe range when both operands are ints.
   */
  private static String resultCheck(String r, String expr, Operand a, Operand b) {
    String assign = r + " = " + expr;
    if (a.kind() == Kind.FLOAT || b.kind() == Kind.FLOAT) {
      return "!Number.isInteger(" + assign + ")";
    }
    if (a.isInt() && b.isInt()) {
      return "Number.isSafeInteger(" + assign + ")";
    }
    List<String> ints = new ArrayList<>();
    ints.add("Number.isSafeInteger(" + r + ")");
    if (!a.isInt()) {
      ints.add("Number.isInteger(" + a.ref() + ")");
    }
    if (!b.isInt() && !b.ref().equals(a.ref())) {
      ints.add("Number.isInteger(" + b.ref() + ")");
    }
    return "(" + assign + ", !Number.isInteger(" + r + ") || " + String.join(" && ", ints) + ")";
  }

  /** `-x`, or null for operands with no fast path. */
  String negate(Expr operand, Frame f) {
    if (depth >= MAX_DEPTH || nonNumeric(operand) || literal(operand) != null) {
      return null;
    }
    Operand a = operand(operand, f, false);
    List<String> conds = new ArrayList<>();
    isNumber(a, conds);
    // -0 is a float: an int 0 stays 0 through the helper.
    conds.add(a.ref() + " !== 0");
    return sequence(List.of(a), String.join(" && ", conds) + " ? -" + a.ref() + " : " + rt("internals/arith.js", "neg") + "(" + a.ref() + ")");
  }

  // ---------------------------------------------------------------------------------------
  // Fused arithmetic trees

  /**
   * A node of an arithmetic tree computed in one fast path: a leaf (an operand evaluated once;
   * {@code ready} when the caller evaluated it already) or an operator over two nodes
   * ({@code source} gives the traceback mark of an inner operator's helper call; null at the root,
   * which the caller marks).
   */
  private sealed interface Node permits Leaf, Op {}

  private record Leaf(Expr e, Operand ready) implements Node {}

  private record Op(Operator op, Node left, Node right, Expr.BinOp source) implements Node {}

  /** The operators a fused tree computes: `+ - * /`, `x ** 0.5` and `x ** 2`, on operands that may be numbers. */
  private boolean fusableOp(Expr.BinOp b, Frame f) {
    boolean op = switch (b.op()) {
      case Add, Sub, Mult, Div -> true;
      case Pow -> hasFastPath(Operator.Pow, b.right());
      default -> false;
    };
    return op && !nonNumeric(b.left()) && !nonNumeric(b.right()) && !(literal(b.left()) != null && literal(b.right()) != null)
        && IntRanges.of(b, guardedParams(f)) == null;
  }

  /** At most this many operators are fused: a longer chain is split, so that emitting it stays linear. */
  private static final int MAX_FUSED = 32;

  /** The tree of fusable operators under `e`, or null past MAX_FUSED operators. */
  private Node tree(Expr e, Frame f) {
    return tree(e, f, new int[] {MAX_FUSED});
  }

  private Node tree(Expr e, Frame f, int[] budget) {
    if (e instanceof Expr.BinOp b && fusableOp(b, f)) {
      if (--budget[0] < 0) {
        return null;
      }
      Node left = tree(b.left(), f, budget);
      Node right = left == null ? null : tree(b.right(), f, budget);
      return right == null ? null : new Op(b.op(), left, right, b);
    }
    return new Leaf(e, null);
  }

  /**
   * `t` when it is worth fusing and fusing is exact, else null: at least two operators, and every
   * leaf that may run code or raise (anything but a literal or a plain local) comes before the
   * first operator in Python's order, so evaluating all the leaves first changes nothing.
   */
  private Node fusedTree(Node t, Frame f) {
    boolean[] opSeen = {false};
    return operators(t) >= 2 && leavesFirst(t, f, opSeen) ? t : null;
  }

  private static int operators(Node n) {
    return n instanceof Op o ? 1 + operators(o.left()) + operators(o.right()) : 0;
  }

  private boolean leavesFirst(Node n, Frame f, boolean[] opSeen) {
    return switch (n) {
      case Leaf l -> !opSeen[0] || pureLeaf(l, f);
      case Op o -> {
        boolean ok = leavesFirst(o.left(), f, opSeen) && leavesFirst(o.right(), f, opSeen);
        opSeen[0] = true;
        yield ok;
      }
    };
  }

  private boolean pureLeaf(Leaf l, Frame f) {
    if (l.ready() != null) {
      return l.ready().setup() == null;
    }
    return literal(l.e()) != null || l.e() instanceof Expr.Name n && isPlainLocal(n, f, m.expressions.emit(n, f));
  }

  /** A node's value in the fast path: its JS number, whether it is surely a float, and it as an operand of its parent's check. */
  private record Val(String raw, boolean isFloat, Operand operand) {}

  /**
   * The tree as one fast path: when every leaf is a JS number, each operator is computed on
   * doubles and all the tests are one chain, with the tree's helpers (no inline paths) as the
   * fallback, on the leaves already evaluated. A node that is surely a float (a float literal
   * under it, `/` or `** 0.5`) needs no test of its own, since float arithmetic is IEEE arithmetic
   * whatever the value; any other node takes the test of the per-operator fast path (not
   * integral, or an int in the safe range from two ints), so that every value a parent sees is
   * unboxed and typed by its integrality as there. Divisors are tested non-zero and square roots
   * positive; the root, a float or not, must be unboxed (not integral, or an int).
   */
  private String fused(Node root, Frame f, String rootHelper) {
    List<Operand> leaves = new ArrayList<>();
    Map<Leaf, Operand> refs = new IdentityHashMap<>();
    evaluateLeaves(root, f, leaves, refs);
    List<String> conds = new ArrayList<>();
    for (Operand o : leaves) {
      isNumber(o, conds);
    }
    List<String> pending = new ArrayList<>();
    boolean[] product = {false};
    Val v = fast(root, true, f, refs, conds, pending, product);
    String value = !v.isFloat() && product[0] ? v.raw() + " + 0" : v.raw();
    return sequence(leaves, String.join(" && ", conds) + " ? " + value + " : " + slow(root, true, rootHelper, refs));
  }

  private void evaluateLeaves(Node n, Frame f, List<Operand> leaves, Map<Leaf, Operand> refs) {
    switch (n) {
      case Leaf l -> {
        Operand o = l.ready() != null ? l.ready() : operand(l.e(), f, false);
        leaves.add(o);
        refs.put(l, o);
      }
      case Op o -> {
        evaluateLeaves(o.left(), f, leaves, refs);
        evaluateLeaves(o.right(), f, leaves, refs);
      }
    }
  }

  private Val fast(Node n, boolean root, Frame f, Map<Leaf, Operand> refs, List<String> conds, List<String> pending, boolean[] product) {
    if (n instanceof Leaf l) {
      Operand o = refs.get(l);
      return new Val(o.raw(), o.kind() == Kind.FLOAT, o);
    }
    Op o = (Op) n;
    Val a = fast(o.left(), false, f, refs, conds, pending, product);
    Val b = fast(o.right(), false, f, refs, conds, pending, product);
    String r = m.temp(f);
    boolean sqrt = o.op() == Operator.Pow && b.operand().kind() == Kind.FLOAT;
    boolean isFloat = a.isFloat() || o.op() == Operator.Div || sqrt || o.op() != Operator.Pow && b.isFloat();
    String expr;
    switch (o.op()) {
      case Add, Sub, Mult -> {
        expr = a.raw() + (o.op() == Operator.Add ? " + " : o.op() == Operator.Sub ? " - " : " * ") + b.raw();
        product[0] |= o.op() == Operator.Mult;
      }
      case Div -> {
        if (!(b.operand().isLiteral() && Double.parseDouble(stripParens(b.raw())) != 0)) {
          addCond(b.raw() + " !== 0", conds, pending);
        }
        expr = a.raw() + " / " + b.raw();
      }
      case Pow -> {
        if (sqrt) {
          addCond(a.raw() + " > 0", conds, pending);
          expr = "Math.sqrt(" + a.raw() + ")";
        } else {
          // x ** 2: a float overflow raises, so only finite squares.
          product[0] = true;
          String check = isFloat ? r + " < Infinity" : resultCheck(r, a.raw() + " * " + a.raw(), a.operand(), a.operand()) + " && " + r + " < Infinity";
          if (isFloat) {
            pending.add(r + " = " + a.raw() + " * " + a.raw());
          }
          addCond(check, conds, pending);
          if (root && isFloat) {
            addCond("!Number.isInteger(" + r + ")", conds, pending);
          }
          return new Val(r, isFloat, new Operand(null, r, Kind.UNKNOWN, r));
        }
      }
      default -> throw new IllegalStateException("no fused form for " + o.op());
    }
    if (!isFloat) {
      addCond(resultCheck(r, expr, a.operand(), b.operand()), conds, pending);
    } else if (root) {
      addCond("!Number.isInteger(" + r + " = " + expr + ")", conds, pending);
    } else {
      pending.add(r + " = " + expr);
    }
    return new Val(r, isFloat, new Operand(null, r, Kind.UNKNOWN, r));
  }

  /** Adds a test, preceded by the computations of the nodes that need none. */
  private static void addCond(String cond, List<String> conds, List<String> pending) {
    if (pending.isEmpty()) {
      conds.add(cond);
    } else {
      conds.add("(" + String.join(", ", pending) + ", " + cond + ")");
      pending.clear();
    }
  }

  /** The tree through the runtime's helpers, on the evaluated leaves; inner operators marked where CPython puts the carets. */
  private String slow(Node n, boolean root, String rootHelper, Map<Leaf, Operand> refs) {
    if (n instanceof Leaf l) {
      return refs.get(l).ref();
    }
    Op o = (Op) n;
    String call = (root ? rootHelper : helper(o.op())) + "(" + slow(o.left(), false, rootHelper, refs) + ", " + slow(o.right(), false, rootHelper, refs) + ")";
    if (root || o.source() == null) {
      return call;
    }
    Expr.BinOp b = o.source();
    return m.out.mark(new JsPrinter.Mark(b.span(), JsPrinter.Anchor.BIN_OP, b.left().span().endColOffset(), b.right().span().colOffset()), call);
  }

  // ---------------------------------------------------------------------------------------
  // Comparisons

  /**
   * A comparison (chained or not) with number fast paths, or null when no operator has one.
   * As a test (`asTest`) the result is a JS boolean; as a value it is the Python value.
   */
  String compare(Expr.Compare c, Frame f, boolean asTest) {
    if (depth >= MAX_DEPTH || c.ops().stream().noneMatch(NumericFastPaths::ordersOrEquates)) {
      return null;
    }
    if (nonNumeric(c.left()) || c.comparators().stream().anyMatch(NumericFastPaths::nonNumeric)) {
      return null;
    }
    boolean walrus = containsWalrus(c);
    Operand left = operand(c.left(), f, walrus);
    List<String> steps = new ArrayList<>();
    String first = left.setup();
    for (int i = 0; i < c.ops().size(); i++) {
      Operand right = operand(c.comparators().get(i), f, walrus);
      String step = compareStep(c.ops().get(i), left, right, asTest);
      steps.add(right.setup() == null ? step : "(" + right.setup() + ", " + step + ")");
      left = right;
    }
    String result;
    if (asTest) {
      result = steps.size() == 1 ? steps.get(0) : "(" + String.join(" && ", steps) + ")";
    } else {
      // The first false result, or the last one.
      result = steps.get(steps.size() - 1);
      String r = steps.size() > 1 ? m.temp(f) : null;
      for (int i = steps.size() - 2; i >= 0; i--) {
        result = "(" + m.expressions.protocol("truthy") + "(" + r + " = " + steps.get(i) + ") ? " + result + " : " + r + ")";
      }
    }
    return first == null ? result : "(" + first + ", " + result + ")";
  }

  private static boolean ordersOrEquates(CmpOp op) {
    return switch (op) {
      case Eq, NotEq, Lt, LtE, Gt, GtE -> true;
      case Is, IsNot, In, NotIn -> false;
    };
  }

  private String compareStep(CmpOp op, Operand a, Operand b, boolean asTest) {
    String sym;
    String helper;
    switch (op) {
      case Eq -> { sym = " === "; helper = "eqValue"; }
      case NotEq -> { sym = " !== "; helper = "neValue"; }
      case Lt -> { sym = " < "; helper = "lt"; }
      case LtE -> { sym = " <= "; helper = "le"; }
      case Gt -> { sym = " > "; helper = "gt"; }
      case GtE -> { sym = " >= "; helper = "ge"; }
      case Is -> { return "(" + a.ref() + " === " + b.ref() + ")"; }
      case IsNot -> { return "(" + a.ref() + " !== " + b.ref() + ")"; }
      case In -> { return rt("internals/subscript.js", "contains") + "(" + b.ref() + ", " + a.ref() + ")"; }
      case NotIn -> { return "!" + rt("internals/subscript.js", "contains") + "(" + b.ref() + ", " + a.ref() + ")"; }
      default -> throw new IllegalStateException();
    }
    List<String> conds = new ArrayList<>();
    isNumber(a, conds);
    isNumber(b, conds);
    // Numbers compare exactly: ints are safe, so int-float comparisons are exact in doubles.
    String slow = m.expressions.protocol(helper) + "(" + a.ref() + ", " + b.ref() + ")";
    if (asTest) {
      slow = m.expressions.protocol("truthy") + "(" + slow + ")";
    }
    if (conds.isEmpty()) {
      return "(" + a.raw() + sym + b.raw() + ")";
    }
    return "(" + String.join(" && ", conds) + " ? " + a.raw() + sym + b.raw() + " : " + slow + ")";
  }

  /** The truth of a plain local read (`if n:`), a number tested inline, or null. */
  String truthy(Expr e, Frame f) {
    if (!(e instanceof Expr.Name n)) {
      return null;
    }
    String code = m.expressions.emit(e, f);
    if (!isPlainLocal(n, f, code)) {
      return null;
    }
    if (isSmallInt(n, f)) {
      return "(" + code + " !== 0)";
    }
    return "(typeof " + code + " === 'number' ? " + code + " !== 0 : " + m.expressions.protocol("truthy") + "(" + code + "))";
  }

  // ---------------------------------------------------------------------------------------
  // Lists

  /** `x[lo:hi:step]` through the runtime's getslice, which takes plain lists without building a slice object. */
  private String slice(Expr.Subscript s, Expr.Slice sl, Frame f) {
    return rt("internals/subscript.js", "getslice") + "(" + m.expressions.emit(s.value(), f) + ", " + bounds(sl, f) + ")";
  }

  private String bounds(Expr.Slice sl, Frame f) {
    List<String> parts = new ArrayList<>();
    for (Expr e : new Expr[] {sl.lower(), sl.upper(), sl.step()}) {
      parts.add(e == null ? "undefined" : m.expressions.emit(e, f));
    }
    return String.join(", ", parts);
  }

  /** `x[k]` with a fast path for a plain list and an in-range non-negative int, or null. */
  String subscript(Expr.Subscript s, Frame f) {
    if (s.slice() instanceof Expr.Slice sl) {
      return slice(s, sl, f);
    }
    if (depth >= MAX_DEPTH || literal(s.value()) != null || nonNumeric(s.slice()) || nonNumeric(s.value()) && !(s.value() instanceof Expr.List)) {
      return null;
    }
    if (literal(s.slice()) != null && literal(s.slice()) instanceof ConstantValue.IntValue i && i.value().signum() < 0) {
      return null;
    }
    if (literal(s.slice()) instanceof ConstantValue.FloatValue) {
      return null;
    }
    boolean walrus = containsWalrus(s);
    Operand x = operand(s.value(), f, walrus);
    Operand k = operand(s.slice(), f, walrus);
    return sequence(List.of(x, k), getitem(x, k));
  }

  private String getitem(Operand x, Operand k) {
    return listIndexCheck(x, k) + " ? " + x.ref() + "[" + k.ref() + "] : " + rt("internals/subscript.js", "getitem") + "(" + x.ref() + ", " + k.ref() + ")";
  }

  /** A plain list (not a subclass, which may override indexing) and an int index within it. */
  private static String listIndexCheck(Operand x, Operand k) {
    String list = "Array.isArray(" + x.ref() + ") && " + x.ref() + ".$cls === undefined";
    if (k.kind() == Kind.INT) {
      return list + " && " + k.ref() + " < " + x.ref() + ".length";
    }
    if (k.kind() == Kind.SMALL) {
      return list + " && " + k.ref() + " >= 0 && " + k.ref() + " < " + x.ref() + ".length";
    }
    // (k >>> 0) === k holds exactly for the integers 0 <= k < 2**32.
    return list + " && typeof " + k.ref() + " === 'number' && (" + k.ref() + " >>> 0) === " + k.ref() + " && " + k.ref() + " < "
        + x.ref() + ".length";
  }

  /**
   * `x[k] = value` as a JS expression, Python's order (value, then container, then key), with a
   * fast path for a plain list and an in-range index; null when the key is a slice or a literal
   * other than a non-negative int.
   */
  String storeSubscript(Expr.Subscript s, String value, Frame f) {
    if (depth >= MAX_DEPTH) {
      return null;
    }
    if (s.slice() instanceof Expr.Slice sl) {
      Operand v = IDENT.matcher(value).matches() && value.startsWith("$") ? new Operand(null, value, Kind.UNKNOWN, value) : tempOf(value, f);
      return sequence(List.of(v), rt("internals/subscript.js", "setslice") + "(" + m.expressions.emit(s.value(), f) + ", " + bounds(sl, f)
          + ", " + v.ref() + ")");
    }
    if (literal(s.value()) != null || nonNumeric(s.slice()) || nonNumeric(s.value()) && !(s.value() instanceof Expr.List)) {
      return null;
    }
    if (literal(s.slice()) instanceof ConstantValue.IntValue i && i.value().signum() < 0 || literal(s.slice()) instanceof ConstantValue.FloatValue) {
      return null;
    }
    Operand v = IDENT.matcher(value).matches() && value.startsWith("$") ? new Operand(null, value, Kind.UNKNOWN, value) : tempOf(value, f);
    boolean walrus = containsWalrus(s);
    Operand x = operand(s.value(), f, walrus);
    Operand k = operand(s.slice(), f, walrus);
    return storeItem(x, k, v, List.of(v, x, k));
  }

  /** `x[k] = v` for evaluated references. */
  String storeItem(String x, String k, String v) {
    Operand ox = new Operand(null, x, Kind.UNKNOWN, x);
    Operand ok = new Operand(null, k, Kind.UNKNOWN, k);
    Operand ov = new Operand(null, v, Kind.UNKNOWN, v);
    return storeItem(ox, ok, ov, List.of());
  }

  private String storeItem(Operand x, Operand k, Operand v, List<Operand> order) {
    return sequence(order, listIndexCheck(x, k) + " ? (" + x.ref() + "[" + k.ref() + "] = " + v.ref() + ") : "
        + rt("internals/subscript.js", "setitem") + "(" + x.ref() + ", " + k.ref() + ", " + v.ref() + ")");
  }

  /** `len(x)`: a plain list's length read directly. */
  String len(Expr arg, Frame f) {
    if (depth >= MAX_DEPTH || literal(arg) != null || nonNumeric(arg) && !(arg instanceof Expr.List)) {
      return null;
    }
    Operand x = operand(arg, f, false);
    return sequence(List.of(x), "Array.isArray(" + x.ref() + ") && " + x.ref() + ".$cls === undefined ? " + x.ref() + ".length : "
        + m.expressions.protocol("len") + "(" + x.ref() + ")");
  }
}
