package dev.taipan.codegen;

import dev.taipan.frontend.ast.BoolOperator;
import dev.taipan.frontend.ast.CmpOp;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Keyword;
import dev.taipan.frontend.ast.Operator;
import dev.taipan.frontend.ast.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates Python expressions to JavaScript expressions (one line each). Operators and
 * protocols are runtime calls; anything printed with a JS operator is parenthesised, so the
 * text can be embedded anywhere.
 */
final class ExpressionEmitter {
  private static final BigInteger MAX_SAFE = BigInteger.valueOf(9007199254740991L);

  private final ModuleEmitter m;

  ExpressionEmitter(ModuleEmitter m) {
    this.m = m;
  }

  private String rt(String file, String name) {
    return m.imports.ref(file, name);
  }

  String protocol(String name) {
    return rt("internals/protocols.js", name);
  }

  /** The expression as a JS boolean (for `if`, `while`, `and`/`or` tests). */
  String test(Expr e, Frame f) {
    return switch (e) {
      case Expr.Compare c when m.numeric.compare(c, f, true) instanceof String fast -> m.out.mark(c.span(), fast);
      case Expr.Compare c when c.ops().size() == 1 && isBoolOp(c.ops().get(0)) -> emit(e, f);
      case Expr.UnaryOp u when u.op() == UnaryOperator.Not -> "!" + test(u.operand(), f);
      case Expr.BoolOp b -> {
        List<String> parts = new ArrayList<>();
        for (Expr v : b.values()) {
          parts.add(test(v, f));
        }
        yield "(" + String.join(b.op() == BoolOperator.And ? " && " : " || ", parts) + ")";
      }
      case Expr.Constant c when c.value() == ConstantValue.Singleton.TRUE -> "true";
      case Expr.Constant c when c.value() == ConstantValue.Singleton.FALSE -> "false";
      case Expr.Name n when m.numeric.truthy(n, f) instanceof String fast -> fast;
      default -> protocol("truthy") + "(" + emit(e, f) + ")";
    };
  }

  private static boolean isBoolOp(CmpOp op) {
    return switch (op) {
      case Is, IsNot, In, NotIn, Eq, NotEq -> true;
      case Lt, LtE, Gt, GtE -> false;
    };
  }

  /**
   * The expression as a JS expression. Operations that can raise are marked with their Python
   * span (JsPrinter.mark), where a traceback through them puts its carets.
   */
  String emit(Expr e, Frame f) {
    String js = unmarked(e, f);
    return switch (e) {
      case Expr.Call c when c.func() instanceof Expr.Attribute a ->
          m.out.mark(new JsPrinter.Mark(c.span(), JsPrinter.Anchor.METHOD_CALL, a.span().endLineno(), a.span().endColOffset()), js);
      case Expr.Call c -> m.out.mark(c.span(), js);
      case Expr.BinOp b -> m.out.mark(new JsPrinter.Mark(b.span(), JsPrinter.Anchor.BIN_OP, b.left().span().endColOffset(), b.right().span().colOffset()), js);
      case Expr.UnaryOp u -> m.out.mark(u.span(), js);
      case Expr.Compare c -> m.out.mark(c.span(), js);
      case Expr.Attribute a -> m.out.mark(a.span(), js);
      case Expr.Subscript s -> m.out.mark(TargetEmitter.subscriptMark(s), js);
      // A read that is checked (may be unbound) is a helper call; a plain JS name cannot raise.
      case Expr.Name n when js.indexOf('(') >= 0 -> m.out.mark(n.span(), js);
      case Expr.ListComp c -> m.out.mark(c.span(), js);
      case Expr.SetComp c -> m.out.mark(c.span(), js);
      case Expr.DictComp c -> m.out.mark(c.span(), js);
      case Expr.GeneratorExp g -> m.out.mark(g.span(), js);
      // What CPython marks whole: the __bool__ of a boolean operation's operands, the hashing of a
      // display's keys, the formatting of an f-string's fields.
      case Expr.BoolOp b -> m.out.mark(b.span(), js);
      case Expr.Dict d when !d.keys().isEmpty() -> m.out.mark(d.span(), js);
      case Expr.Set s when !s.elts().isEmpty() -> m.out.mark(s.span(), js);
      case Expr.JoinedStr j when j.values().stream().anyMatch(v -> v instanceof Expr.FormattedValue) -> m.out.mark(j.span(), js);
      // generator.throw() raises at the paused yield.
      case Expr.Yield y -> m.out.mark(y.span(), js);
      case Expr.YieldFrom y -> m.out.mark(y.span(), js);
      default -> js;
    };
  }

  private String unmarked(Expr e, Frame f) {
    return switch (e) {
      case Expr.Constant c -> constant(c.value());
      case Expr.Name n when m.names.readsMissingBuiltin(n.id(), f) ->
          throw new UnsupportedConstructException(new UnsupportedConstruct(
              (NameResolver.MISSING_MODULE_ENTRIES.contains(n.id()) ? "module global " : "builtin ") + n.id() + " (not provided by the runtime)",
              n.span()));
      case Expr.Name n -> f.boundReads.contains(n) ? m.names.loadBound(n.id(), f) : m.names.load(n.id(), f);
      case Expr.BinOp b when m.numeric.binOp(b, f) instanceof String fast -> fast;
      case Expr.BinOp b -> binOp(b.op()) + "(" + emit(b.left(), f) + ", " + emit(b.right(), f) + ")";
      case Expr.UnaryOp u -> unary(u, f);
      case Expr.BoolOp b -> boolOp(b, f);
      case Expr.Compare c -> compare(c, f);
      case Expr.IfExp i -> "(" + test(i.test(), f) + " ? " + emit(i.body(), f) + " : " + emit(i.orelse(), f) + ")";
      case Expr.Call c -> call(c, f);
      case Expr.Attribute a -> attribute(a, f);
      case Expr.Subscript s when m.pairKeys.load(s, f) instanceof String pair -> pair;
      case Expr.Subscript s when m.numeric.subscript(s, f) instanceof String fast -> fast;
      case Expr.Subscript s -> rt("internals/subscript.js", "getitem") + "(" + emit(s.value(), f) + ", " + emit(s.slice(), f) + ")";
      case Expr.Slice s -> rt("internals/subscript.js", "makeSlice") + "(" + optional(s.lower(), f) + ", " + optional(s.upper(), f) + ", " + optional(s.step(), f) + ")";
      case Expr.List l -> "[" + elements(l.elts(), f) + "]";
      case Expr.Tuple t when isConstantTuple(t) -> m.constant(rt("types/tuple.js", "makeTuple") + "([" + elements(t.elts(), f) + "])");
      case Expr.Tuple t -> rt("types/tuple.js", "makeTuple") + "([" + elements(t.elts(), f) + "])";
      case Expr.Set s when s.elts().size() > 2 && FrozenSetConstants.allConstant(s.elts()) ->
          rt("types/set.js", "setFromConstant") + "(" + frozenConstant(s, f) + ")";
      case Expr.Set s -> rt("types/set.js", "setOf") + "(" + elements(s.elts(), f) + ")";
      case Expr.Dict d -> dict(d, f);
      case Expr.JoinedStr j -> joined(j, f);
      case Expr.FormattedValue v -> formatted(v, f);
      case Expr.NamedExpr n -> "(" + m.names.assignExpr(((Expr.Name) n.target()).id(), emit(n.value(), f), f) + ")";
      case Expr.Lambda l -> m.functions.lambda(l, f);
      case Expr.ListComp c -> m.comprehensions.list(c, f);
      case Expr.SetComp c -> m.comprehensions.set(c, f);
      case Expr.DictComp c -> m.comprehensions.dict(c, f);
      case Expr.GeneratorExp g -> m.comprehensions.generator(g, f);
      case Expr.Yield y -> rt("internals/iteration.js", "resumed") + "(yield " + m.async.yieldedValue(y.value() == null ? "undefined" : emit(y.value(), f), f) + ")";
      case Expr.YieldFrom y -> "(yield* " + rt("internals/iteration.js", "yieldFrom") + "(" + emit(y.value(), f) + "))";
      case Expr.Starred s -> throw new UnsupportedConstructException(new UnsupportedConstruct("starred expression here", s.span()));
      case Expr.Await a -> "(yield* " + rt("internals/coroutine.js", "awaitValue") + "(" + emit(a.value(), f) + "))";
    };
  }

  /**
   * Whether a tuple display holds only constants (literals, negated non-zero int and
   * non-integral float literals, such tuples): CPython folds it into one constant of the module,
   * so it is built once, at module level, and every evaluation yields the same object, as in CPython.
   */
  static boolean isConstantTuple(Expr.Tuple t) {
    for (Expr x : t.elts()) {
      boolean constant = switch (x) {
        case Expr.Constant c -> true;
        case Expr.UnaryOp u when u.op() == UnaryOperator.USub && u.operand() instanceof Expr.Constant c ->
            c.value() instanceof ConstantValue.IntValue i && !i.value().equals(BigInteger.ZERO)
                || c.value() instanceof ConstantValue.FloatValue d && d.value() != Math.rint(d.value());
        case Expr.Tuple inner -> isConstantTuple(inner);
        default -> false;
      };
      if (!constant) {
        return false;
      }
    }
    return true;
  }

  /**
   * The iterable of a `for` loop or a comprehension, and the right operand of `in`: CPython's
   * AST optimizer (fold_iter) turns a set display of constants there into a frozenset constant,
   * which iterates in that frozenset's slot order (FrozenSetConstants).
   */
  String iterable(Expr e, Frame f) {
    if (e instanceof Expr.Set s && FrozenSetConstants.allConstant(s.elts())) {
      return frozenConstant(s, f);
    }
    return emit(e, f);
  }

  private String frozenConstant(Expr.Set s, Frame f) {
    return m.frozenSets.constant(s.elts(), rt("types/set.js", "frozenConstant") + "(" + elements(s.elts(), f) + ")", m);
  }

  private String optional(Expr e, Frame f) {
    return e == null ? "undefined" : emit(e, f);
  }

  /** List/tuple/set elements, expanding `*x` with the runtime's toArray. */
  String elements(List<Expr> elts, Frame f) {
    List<String> parts = new ArrayList<>();
    for (Expr x : elts) {
      if (x instanceof Expr.Starred s) {
        parts.add("..." + rt("internals/iteration.js", "toArray") + "(" + emit(s.value(), f) + ")");
      } else {
        parts.add(emit(x, f));
      }
    }
    return String.join(", ", parts);
  }

  String constant(ConstantValue v) {
    return switch (v) {
      case ConstantValue.Singleton s -> switch (s) {
        case NONE -> "undefined";
        case TRUE -> "true";
        case FALSE -> "false";
        case ELLIPSIS -> rt("types/type.js", "Ellipsis");
      };
      case ConstantValue.IntValue i -> i.value().abs().compareTo(MAX_SAFE) <= 0 ? i.value().toString() : i.value() + "n";
      case ConstantValue.FloatValue d -> floatLiteral(d.value());
      case ConstantValue.StrValue s -> JsNames.string(s.value());
      case ConstantValue.ComplexValue c -> m.constant("new " + rt("types/complex.js", "PyComplex") + "("
          + doubleLiteral(c.real()) + ", " + doubleLiteral(c.imag()) + ")");
      case ConstantValue.BytesValue b -> m.constant(rt("types/bytes.js", "bytesLiteral") + "(" + JsNames.string(latin1(b.bytes())) + ")");
    };
  }

  /** The latin-1 string of a byte string: one char per byte, as the runtime's bytesLiteral reads it. */
  private static String latin1(byte[] bytes) {
    StringBuilder b = new StringBuilder(bytes.length);
    for (byte x : bytes) {
      b.append((char) (x & 0xff));
    }
    return b.toString();
  }

  private String floatLiteral(double d) {
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (d == Math.rint(d)) {
      return m.constant("new " + rt("types/float.js", "PyFloat") + "(" + jsNumber(d) + ")");
    }
    return jsNumber(d);
  }

  /** A JS number expression for any double, infinities and NaN included. */
  static String doubleLiteral(double d) {
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    return Double.isNaN(d) ? "NaN" : jsNumber(d);
  }

  private static String jsNumber(double d) {
    if (d == 0 && 1 / d < 0) {
      return "-0";
    }
    String s = Double.toString(d);
    if (s.endsWith(".0")) {
      s = s.substring(0, s.length() - 2);
    }
    return s.replace("E", "e");
  }

  private String binOp(Operator op) {
    String arith = "internals/arith.js";
    return switch (op) {
      case Add -> rt(arith, "add");
      case Sub -> rt(arith, "sub");
      case Mult -> rt(arith, "mul");
      case MatMult -> rt("internals/operators.js", "matmul");
      case Div -> rt(arith, "truediv");
      case Mod -> rt(arith, "mod");
      case Pow -> rt(arith, "pow");
      case LShift -> rt(arith, "lshift");
      case RShift -> rt(arith, "rshift");
      case BitOr -> rt(arith, "or_");
      case BitXor -> rt(arith, "xor");
      case BitAnd -> rt(arith, "and_");
      case FloorDiv -> rt(arith, "floordiv");
    };
  }

  /** The runtime function for `x op= y`. */
  String inplaceOp(Operator op) {
    String ops = "internals/operators.js";
    return switch (op) {
      case Add -> rt(ops, "iadd");
      case Sub -> rt(ops, "isub");
      case Mult -> rt(ops, "imul");
      case MatMult -> rt(ops, "imatmul");
      case Div -> rt(ops, "itruediv");
      case Mod -> rt(ops, "imod");
      case Pow -> rt(ops, "ipow");
      case LShift -> rt(ops, "ilshift");
      case RShift -> rt(ops, "irshift");
      case BitOr -> rt(ops, "ior");
      case BitXor -> rt(ops, "ixor");
      case BitAnd -> rt(ops, "iand");
      case FloorDiv -> rt(ops, "ifloordiv");
    };
  }

  private String unary(Expr.UnaryOp u, Frame f) {
    if (u.op() == UnaryOperator.USub && u.operand() instanceof Expr.Constant c) {
      if (c.value() instanceof ConstantValue.IntValue i && !i.value().equals(BigInteger.ZERO)) {
        return "(" + constant(new ConstantValue.IntValue(i.value().negate())) + ")";
      }
      if (c.value() instanceof ConstantValue.FloatValue d && d.value() != Math.rint(d.value())) {
        return "(" + constant(new ConstantValue.FloatValue(-d.value())) + ")";
      }
    }
    String arith = "internals/arith.js";
    return switch (u.op()) {
      case Not -> "!" + test(u.operand(), f);
      case USub -> m.numeric.negate(u.operand(), f) instanceof String fast ? fast : rt(arith, "neg") + "(" + emit(u.operand(), f) + ")";
      case UAdd -> rt(arith, "pos") + "(" + emit(u.operand(), f) + ")";
      case Invert -> rt(arith, "invert") + "(" + emit(u.operand(), f) + ")";
    };
  }

  private String boolOp(Expr.BoolOp b, Frame f) {
    // a and b and c  ->  ($t = a, truthy($t) ? ($t = b, truthy($t) ? c : $t) : $t)
    List<Expr> values = b.values();
    String result = emit(values.get(values.size() - 1), f);
    String t = m.temp(f);
    for (int i = values.size() - 2; i >= 0; i--) {
      String cond = protocol("truthy") + "(" + t + " = " + emit(values.get(i), f) + ")";
      result = b.op() == BoolOperator.And
          ? "(" + cond + " ? " + result + " : " + t + ")"
          : "(" + cond + " ? " + t + " : " + result + ")";
    }
    return result;
  }

  private String compareOne(CmpOp op, String a, String b) {
    return switch (op) {
      case Eq -> protocol("eqValue") + "(" + a + ", " + b + ")";
      case NotEq -> protocol("neValue") + "(" + a + ", " + b + ")";
      case Lt -> protocol("lt") + "(" + a + ", " + b + ")";
      case LtE -> protocol("le") + "(" + a + ", " + b + ")";
      case Gt -> protocol("gt") + "(" + a + ", " + b + ")";
      case GtE -> protocol("ge") + "(" + a + ", " + b + ")";
      case Is -> "(" + a + " === " + b + ")";
      case IsNot -> "(" + a + " !== " + b + ")";
      case In -> rt("internals/subscript.js", "contains") + "(" + b + ", " + a + ")";
      case NotIn -> "!" + rt("internals/subscript.js", "contains") + "(" + b + ", " + a + ")";
    };
  }

  /** The last comparator, a constant set display folded to a frozenset when the operator is `in`. */
  private String membershipOperand(Expr.Compare c, int i, Frame f) {
    CmpOp op = c.ops().get(i);
    return op == CmpOp.In || op == CmpOp.NotIn ? iterable(c.comparators().get(i), f) : emit(c.comparators().get(i), f);
  }

  private String compare(Expr.Compare c, Frame f) {
    if (c.ops().size() == 1 && (c.ops().get(0) == CmpOp.In || c.ops().get(0) == CmpOp.NotIn)
        && m.pairKeys.contains(c.left(), c.ops().get(0) == CmpOp.NotIn, c.comparators().get(0), f) instanceof String pair) {
      return pair;
    }
    if (m.numeric.compare(c, f, false) instanceof String fast) {
      return fast;
    }
    if (c.ops().size() == 1) {
      return compareOne(c.ops().get(0), emit(c.left(), f), membershipOperand(c, 0, f));
    }
    // a < b < c  ->  (r = lt(a, t = b), truthy(r) ? lt(t, c) : r)
    int n = c.ops().size();
    String prev = emit(c.left(), f);
    List<String> steps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Expr right = c.comparators().get(i);
      String rightCode;
      String nextPrev;
      if (i < n - 1) {
        String t = m.temp(f);
        rightCode = "(" + t + " = " + emit(right, f) + ")";
        nextPrev = t;
      } else {
        rightCode = membershipOperand(c, i, f);
        nextPrev = null;
      }
      steps.add(compareOne(c.ops().get(i), prev, rightCode));
      prev = nextPrev;
    }
    String result = steps.get(n - 1);
    String r = m.temp(f);
    for (int i = n - 2; i >= 0; i--) {
      result = "(" + protocol("truthy") + "(" + r + " = " + steps.get(i) + ") ? " + result + " : " + r + ")";
    }
    return result;
  }

  private String dict(Expr.Dict d, Frame f) {
    boolean hasSpread = d.keys().stream().anyMatch(k -> k == null);
    if (!hasSpread) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < d.keys().size(); i++) {
        parts.add(emit(d.keys().get(i), f));
        parts.add(emit(d.values().get(i), f));
      }
      return rt("types/dict.js", "dictOf") + "(" + String.join(", ", parts) + ")";
    }
    String t = m.temp(f);
    StringBuilder b = new StringBuilder("(" + t + " = " + rt("types/dict.js", "dictOf") + "()");
    for (int i = 0; i < d.keys().size(); i++) {
      if (d.keys().get(i) == null) {
        b.append(", ").append(rt("types/dict.js", "dictUpdate")).append("(").append(t).append(", ").append(emit(d.values().get(i), f)).append(")");
      } else {
        b.append(", ").append(t).append(".put(").append(emit(d.keys().get(i), f)).append(", ").append(emit(d.values().get(i), f)).append(")");
      }
    }
    return b.append(", ").append(t).append(")").toString();
  }

  private String joined(Expr.JoinedStr j, Frame f) {
    if (j.values().isEmpty()) {
      return "''";
    }
    List<String> parts = new ArrayList<>();
    for (Expr v : j.values()) {
      parts.add(emit(v, f));
    }
    return "(" + (j.values().get(0) instanceof Expr.Constant ? "" : "'' + ") + String.join(" + ", parts) + ")";
  }

  private String formatted(Expr.FormattedValue v, Frame f) {
    String value = emit(v.value(), f);
    value = switch (v.conversion()) {
      // What __str__/__repr__ returned, which may be a str subclass instance with its own __format__.
      case 's' -> protocol("strObject") + "(" + value + ")";
      case 'r' -> protocol("reprObject") + "(" + value + ")";
      case 'a' -> rt("builtins/reflection.js", "ascii") + "(" + value + ")";
      default -> value;
    };
    String spec = v.formatSpec() == null ? "''" : emit(v.formatSpec(), f);
    return rt("builtins/reflection.js", "format") + "(" + value + ", " + spec + ")";
  }

  // ---------------------------------------------------------------------------------------
  // Calls

  /**
   * `locals()` in a function: its bound variables, parameters, cells and free variables
   * (CheckUnsupportedFeatures admits it only where the order of the entries does not show).
   */
  private String functionLocals(Frame f) {
    java.util.List<String> keys = new java.util.ArrayList<>();
    java.util.List<String> values = new java.util.ArrayList<>();
    for (var s : f.scope.symbols()) {
      var scope = s.scope();
      if (scope == dev.taipan.frontend.scope.SymbolScope.LOCAL || scope == dev.taipan.frontend.scope.SymbolScope.CELL
          || scope == dev.taipan.frontend.scope.SymbolScope.FREE) {
        keys.add(JsNames.string(s.name()));
        values.add(s.name().equals("__class__") ? m.names.load(s.name(), f) : JsNames.ident(s.name()));
      }
    }
    return rt("internals/module-globals.js", "functionLocals") + "([" + String.join(", ", keys) + "], [" + String.join(", ", values) + "])";
  }

  private String attribute(Expr.Attribute a, Frame f) {
    if (a.attr().equals("__dir__")) {
      // object.__dir__ and type.__dir__ are installed by the runtime's dir() module, which a read
      // of `.__dir__` loads (as a `dir()` call does).
      m.imports.ref("builtins/dir.js", "dir");
    }
    return AttributeAccessors.inlineAt(f)
        ? m.accessors.inlineGet(m.mangle(a.attr(), f), emit(a.value(), f), f.attributeFacts().local(a, m, f), f)
        : m.accessors.getter(m.mangle(a.attr(), f)) + "(" + emit(a.value(), f) + ")";
  }

  /** `dir()` without an argument: the sorted names of the namespace where it stands. */
  private String scopeDir(Expr.Call c, Frame f) {
    String ns;
    if (f.isModule()) {
      m.usesGlobals = true;
      ns = ModuleEmitter.GLOBALS;
    } else if (f.isClass()) {
      ns = f.nsVar;
    } else if (f.kind() == dev.taipan.frontend.scope.ScopeKind.FUNCTION || f.kind() == dev.taipan.frontend.scope.ScopeKind.LAMBDA) {
      ns = functionLocals(f);
    } else {
      // A comprehension's scope holds its hidden iterator argument `.0`, which no JS name keeps.
      throw new UnsupportedConstructException(new UnsupportedConstruct("dir() without arguments in a comprehension", c.span()));
    }
    return rt("builtins/dir.js", "scopeDir") + "(" + ns + ")";
  }

  private String call(Expr.Call c, Frame f) {
    boolean starred = c.args().stream().anyMatch(a -> a instanceof Expr.Starred);
    boolean doubleStar = c.keywords().stream().anyMatch(k -> k.arg() == null);
    if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
        && m.names.isBuiltin("super", f)) {
      return superCall(c, f);
    }
    if (NamespaceCalls.isCall(c, "globals") && m.names.isBuiltinOrDynamic("globals", f)) {
      m.usesGlobals = true;
      return ModuleEmitter.GLOBALS;
    }
    if (NamespaceCalls.isCall(c, "locals") && m.names.isBuiltinOrDynamic("locals", f) && !f.isModule() && !f.isClass()) {
      return functionLocals(f);
    }
    if (NamespaceCalls.isCall(c, "dir") && m.names.isBuiltinOrDynamic("dir", f)) {
      return scopeDir(c, f);
    }
    if (starred || doubleStar) {
      String kw = "null";
      String fn = emit(c.func(), f);
      if (!c.keywords().isEmpty()) {
        String ft = m.temp(f);
        fn = "(" + ft + " = " + fn + ")";
        String t = m.temp(f);
        StringBuilder b = new StringBuilder("(" + t + " = " + rt("types/dict.js", "dictOf") + "()");
        for (Keyword k : c.keywords()) {
          if (k.arg() == null) {
            b.append(", ").append(rt("internals/call.js", "mergeKwargs")).append("(").append(t).append(", ").append(emit(k.value(), f)).append(", ").append(ft).append(")");
          } else {
            b.append(", ").append(rt("internals/call.js", "addKwarg")).append("(").append(t).append(", ").append(JsNames.string(k.arg())).append(", ").append(emit(k.value(), f)).append(", ").append(ft).append(")");
          }
        }
        kw = b.append(", ").append(t).append(")").toString();
      }
      return rt("internals/call.js", "callEx") + "(" + fn + ", [" + elements(c.args(), f) + "], " + kw + ")";
    }
    if (c.func() instanceof Expr.Name n && n.id().equals("sum") && c.args().size() == 1 && c.keywords().isEmpty()
        && c.args().get(0) instanceof Expr.GeneratorExp g && m.names.isBuiltin("sum", f)
        && m.comprehensions.sum(g, f) instanceof String inlined) {
      return inlined;
    }
    if (c.func() instanceof Expr.Name n && n.id().equals("len") && c.args().size() == 1 && c.keywords().isEmpty()
        && m.names.isBuiltin("len", f) && m.numeric.len(c.args().get(0), f) instanceof String fast) {
      return fast;
    }
    if (c.keywords().isEmpty() && c.func() instanceof Expr.Attribute a && m.pairKeys.get(a, c.args(), f) instanceof String pair) {
      return pair;
    }
    List<String> args = new ArrayList<>();
    for (Expr a : c.args()) {
      args.add(emit(a, f));
    }
    if (c.func() instanceof Expr.Name n && n.id().equals("type") && args.size() == 3 && c.keywords().isEmpty()
        && m.names.isBuiltin("type", f)) {
      // The class takes its __module__ from the calling module when the dict has none.
      return rt("types/class-creation.js", "typeCall3") + "(" + String.join(", ", args) + ", " + JsNames.string(m.moduleName) + ")";
    }
    if (c.func() instanceof Expr.Name n && c.keywords().isEmpty() && !BuiltinArgumentCounts.accepts(n.id(), args.size())
        && m.names.isBuiltin(n.id(), f)) {
      // CPython checks the argument count before any argument's type (`divmod(1, 2, 3)`): the
      // generic call raises its TypeError once the arguments are evaluated.
      String rest = args.isEmpty() ? "" : ", " + String.join(", ", args);
      return rt("internals/call.js", "call") + "(" + emit(c.func(), f) + rest + ")";
    }
    if (!c.keywords().isEmpty()) {
      List<String> names = new ArrayList<>();
      List<String> values = new ArrayList<>();
      for (Keyword k : c.keywords()) {
        names.add(JsNames.string(k.arg()));
        values.add(emit(k.value(), f));
      }
      return rt("internals/call.js", "callKw") + "(" + emit(c.func(), f) + ", [" + String.join(", ", args) + "], ["
          + String.join(", ", names) + "], [" + String.join(", ", values) + "])";
    }
    if (c.func() instanceof Expr.Attribute a) {
      List<String> all = new ArrayList<>();
      all.add(emit(a.value(), f));
      if (args.size() <= AttributeAccessors.MAX_METHOD_ARITY) {
        all.addAll(args);
        return m.accessors.inlineMethodCall(m.mangle(a.attr(), f), all, f);
      }
      all.add(JsNames.string(m.mangle(a.attr(), f)));
      all.addAll(args);
      return rt("internals/attribute.js", "callMethod") + "(" + String.join(", ", all) + ")";
    }
    if (c.func() instanceof Expr.Name n) {
      String direct = m.names.directCall(n.id(), args.size(), f);
      String definition = m.names.definitionVariable(n.id());
      if (direct != null && definition != null && direct.equals(JsNames.ident(n.id()))) {
        // The callee is chosen before the arguments are evaluated, as CPython loads the global first.
        return "(" + direct + " === " + definition + " ? " + definition + " : " + rt("internals/call.js", "callerOf") + "("
            + emit(c.func(), f) + "))(" + String.join(", ", args) + ")";
      }
      if (direct != null) {
        return direct + "(" + String.join(", ", args) + ")";
      }
    }
    List<String> all = new ArrayList<>();
    all.add(emit(c.func(), f));
    all.addAll(args);
    return rt("internals/call.js", args.size() <= 3 ? "call" + args.size() : "call") + "(" + String.join(", ", all) + ")";
  }

  /**
   * Zero-argument super() as CPython 3.11 resolves it: the first positional parameter of the
   * innermost function (a class body, the module and a function without one have none), and the
   * `__class__` cell of the nearest enclosing class, seen through nested functions.
   * (Comprehensions, whose hidden argument is an iterator, are routed by CheckUnsupportedFeatures.)
   */
  private String superCall(Expr.Call c, Frame f) {
    if (f.isClass() || f.isModule() || f.firstParam == null) {
      return rt("builtins/reflection.js", "superWithoutArguments") + "()";
    }
    String cell = null;
    for (Frame fn = f; fn != null && !fn.isModule(); fn = fn.parent) {
      if (fn.isClass()) {
        cell = fn.classCell;
        break;
      }
    }
    if (cell == null) {
      return rt("builtins/reflection.js", "superWithoutClassCell") + "(" + f.firstParam + ")";
    }
    return rt("builtins/reflection.js", "superOf") + "(" + cell + ", " + f.firstParam + ")";
  }
}
