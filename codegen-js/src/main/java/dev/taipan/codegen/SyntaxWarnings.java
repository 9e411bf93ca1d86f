package dev.taipan.codegen;

import dev.taipan.frontend.ast.Arguments;
import dev.taipan.frontend.ast.CmpOp;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.ast.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The SyntaxWarnings CPython 3.11's compiler emits while compiling a module (compile.c:
 * check_compare, check_caller, check_subscripter, check_index, compiler_assert), in the order it
 * compiles the code (decorators, defaults and annotations before a function's body, dead code
 * included). They are printed when the module is compiled: for the program before anything runs,
 * for an imported module when it is first imported. Constants are seen as CPython's AST
 * optimizer folds them (signed numbers, tuples of constants, sums and products of small numbers).
 */
final class SyntaxWarnings {
  /** One warning: its line and message. */
  record Warning(int line, String message) {}

  private final boolean futureAnnotations;
  private final List<Warning> found = new ArrayList<>();

  private SyntaxWarnings(boolean futureAnnotations) {
    this.futureAnnotations = futureAnnotations;
  }

  /** The warnings of a module, in the order CPython emits them. */
  static List<Warning> of(List<Stmt> body, boolean futureAnnotations) {
    SyntaxWarnings w = new SyntaxWarnings(futureAnnotations);
    w.walk(body, false);
    return List.copyOf(w.found);
  }

  private void walk(Object node, boolean inFunction) {
    AstNodes.preorderPruned(node, n -> visit(n, inFunction), SyntaxWarnings::ownOrder);
  }

  /** Nodes whose parts CPython compiles in an order other than the source order: visited by hand. */
  private static boolean ownOrder(Object n) {
    return n instanceof Stmt.FunctionDef || n instanceof Stmt.AsyncFunctionDef || n instanceof Stmt.ClassDef
        || n instanceof Expr.Lambda || n instanceof Expr.IfExp || n instanceof Stmt.AnnAssign;
  }

  private void visit(Record n, boolean inFunction) {
    switch (n) {
      case Stmt.FunctionDef d -> function(d.decoratorList(), d.args(), d.returns(), d.body());
      case Stmt.AsyncFunctionDef d -> function(d.decoratorList(), d.args(), d.returns(), d.body());
      case Stmt.ClassDef c -> {
        walk(c.decoratorList(), inFunction);
        walk(c.bases(), inFunction);
        walk(c.keywords(), inFunction);
        walk(c.body(), false);
      }
      case Expr.Lambda l -> {
        walk(l.args().defaults(), inFunction);
        walk(l.args().kwDefaults(), inFunction);
        walk(l.body(), true);
      }
      case Expr.IfExp i -> {
        walk(i.test(), inFunction);
        walk(i.body(), inFunction);
        walk(i.orelse(), inFunction);
      }
      case Stmt.AnnAssign a -> {
        walk(a.value(), inFunction);
        walk(a.target(), inFunction);
        // Annotations are compiled only in a module or class body, and not under future annotations.
        if (!inFunction && !futureAnnotations) {
          walk(a.annotation(), false);
        }
      }
      case Stmt.Assert a -> {
        if (a.test() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
          warn(a.span().lineno(), "assertion is always true, perhaps remove parentheses?");
        }
      }
      case Expr.Compare c -> compare(c);
      case Expr.Call c -> {
        String t = literalType(c.func());
        if (t != null && callerWarns(c.func())) {
          warn(c.span().lineno(), "'" + t + "' object is not callable; perhaps you missed a comma?");
        }
      }
      case Expr.Subscript s when s.ctx() == ExprContext.Load -> subscript(s);
      default -> {}
    }
  }

  private void function(List<Expr> decorators, Arguments args, Expr returns, List<Stmt> body) {
    walk(decorators, false);
    walk(args.defaults(), false);
    walk(args.kwDefaults(), false);
    if (!futureAnnotations) {
      for (FunctionAnnotations.Entry e : FunctionAnnotations.entries(args, returns)) {
        walk(e.annotation(), false);
      }
    }
    walk(body, true);
  }

  private void warn(int line, String message) {
    found.add(new Warning(line, message));
  }

  /** check_compare: the first `is`/`is not` of a comparison with a literal operand. */
  private void compare(Expr.Compare c) {
    boolean left = isArgOk(c.left());
    for (int i = 0; i < c.ops().size(); i++) {
      boolean right = isArgOk(c.comparators().get(i));
      CmpOp op = c.ops().get(i);
      if ((op == CmpOp.Is || op == CmpOp.IsNot) && (!left || !right)) {
        warn(c.span().lineno(), op == CmpOp.Is ? "\"is\" with a literal. Did you mean \"==\"?"
            : "\"is not\" with a literal. Did you mean \"!=\"?");
        return;
      }
      left = right;
    }
  }

  /** check_is_arg: not a constant, or None, True, False or Ellipsis. */
  private static boolean isArgOk(Expr e) {
    String t = foldedType(e);
    return t == null || t.equals("NoneType") || t.equals("bool") || t.equals("ellipsis");
  }

  /** check_caller: the kinds of expression whose call CPython warns about. */
  private static boolean callerWarns(Expr e) {
    return switch (e) {
      case Expr.Lambda l -> false;
      default -> true;
    };
  }

  private void subscript(Expr.Subscript s) {
    Expr v = s.value();
    String vt = literalType(v);
    // check_subscripter
    boolean subscripter = switch (v) {
      case Expr.Set x -> true;
      case Expr.SetComp x -> true;
      case Expr.GeneratorExp x -> true;
      case Expr.Lambda x -> true;
      default -> vt != null && foldedType(v) != null && List.of("NoneType", "ellipsis", "int", "bool", "float", "complex", "frozenset").contains(vt);
    };
    if (subscripter) {
      warn(s.span().lineno(), "'" + vt + "' object is not subscriptable; perhaps you missed a comma?");
      return;
    }
    // check_index
    String it = literalType(s.slice());
    if (it == null || it.equals("int") || it.equals("bool")) {
      return;
    }
    boolean indexable = switch (v) {
      case Expr.Tuple x -> true;
      case Expr.List x -> true;
      case Expr.ListComp x -> true;
      case Expr.JoinedStr x -> true;
      case Expr.FormattedValue x -> true;
      default -> {
        String ft = foldedType(v);
        yield ft != null && (ft.equals("str") || ft.equals("bytes") || ft.equals("tuple"));
      }
    };
    if (indexable) {
      warn(s.span().lineno(), vt + " indices must be integers or slices, not " + it + "; perhaps you missed a comma?");
    }
  }

  /** infer_type: the type's name of an expression whose type the compiler knows, else null (a Lambda only for subscripts). */
  private static String literalType(Expr e) {
    return switch (e) {
      case Expr.Tuple t -> "tuple";
      case Expr.List l -> "list";
      case Expr.ListComp l -> "list";
      case Expr.Dict d -> "dict";
      case Expr.DictComp d -> "dict";
      case Expr.Set s -> "set";
      case Expr.SetComp s -> "set";
      case Expr.GeneratorExp g -> "generator";
      case Expr.Lambda l -> "function";
      case Expr.JoinedStr j -> "str";
      case Expr.FormattedValue f -> "str";
      default -> foldedType(e);
    };
  }

  /** The type's name of the constant `e` folds to, or null when it is not one (or its folding is not modelled). */
  private static String foldedType(Expr e) {
    return switch (e) {
      case Expr.Constant c -> constantType(c.value());
      case Expr.Tuple t when t.ctx() == ExprContext.Load -> t.elts().stream().allMatch(x -> foldedType(x) != null) ? "tuple" : null;
      case Expr.UnaryOp u when u.op() != UnaryOperator.Not -> {
        String t = foldedType(u.operand());
        if (t == null) {
          yield null;
        }
        yield switch (t) {
          case "int", "bool" -> "int";
          case "float", "complex" -> u.op() == UnaryOperator.Invert ? null : t;
          default -> null;
        };
      }
      case Expr.BinOp b -> binOpType(b);
      default -> null;
    };
  }

  /** Folding of `+`, `-`, `*` of small numbers and `+` of short strings; anything else is not modelled. */
  private static String binOpType(Expr.BinOp b) {
    String l = foldedType(b.left());
    String r = foldedType(b.right());
    if (l == null || r == null) {
      return null;
    }
    var op = b.op();
    boolean arith = op == dev.taipan.frontend.ast.Operator.Add || op == dev.taipan.frontend.ast.Operator.Sub
        || op == dev.taipan.frontend.ast.Operator.Mult;
    if (arith && smallNumber(b.left()) && smallNumber(b.right())) {
      if (l.equals("complex") || r.equals("complex")) {
        return "complex";
      }
      return l.equals("float") || r.equals("float") ? "float" : "int";
    }
    if (op == dev.taipan.frontend.ast.Operator.Add && b.left() instanceof Expr.Constant lc && b.right() instanceof Expr.Constant rc
        && lc.value() instanceof ConstantValue.StrValue ls && rc.value() instanceof ConstantValue.StrValue rs
        && ls.value().length() + rs.value().length() <= 4096) {
      return "str";
    }
    return null;
  }

  private static boolean smallNumber(Expr e) {
    Expr x = e instanceof Expr.UnaryOp u && (u.op() == UnaryOperator.USub || u.op() == UnaryOperator.UAdd) ? u.operand() : e;
    if (!(x instanceof Expr.Constant c)) {
      return false;
    }
    return switch (c.value()) {
      case ConstantValue.IntValue i -> i.value().abs().compareTo(BigInteger.ONE.shiftLeft(40)) < 0;
      case ConstantValue.FloatValue f -> true;
      case ConstantValue.ComplexValue z -> true;
      case ConstantValue.Singleton s -> s == ConstantValue.Singleton.TRUE || s == ConstantValue.Singleton.FALSE;
      default -> false;
    };
  }

  private static String constantType(ConstantValue v) {
    return switch (v) {
      case ConstantValue.Singleton s -> switch (s) {
        case NONE -> "NoneType";
        case TRUE, FALSE -> "bool";
        case ELLIPSIS -> "ellipsis";
      };
      case ConstantValue.IntValue i -> "int";
      case ConstantValue.FloatValue f -> "float";
      case ConstantValue.ComplexValue c -> "complex";
      case ConstantValue.StrValue s -> "str";
      case ConstantValue.BytesValue b -> "bytes";
      default -> null;
    };
  }
}
