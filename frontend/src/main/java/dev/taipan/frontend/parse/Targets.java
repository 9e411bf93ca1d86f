package dev.taipan.frontend.parse;

import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import java.util.ArrayList;
import java.util.List;

/** Turns a parsed expression into an assignment or deletion target, with CPython's messages for invalid ones. */
final class Targets {
  /** Where a target appears; CPython words its errors differently for each. */
  enum Use { ASSIGN, ASSIGN_CHAIN, FOR, WITH, DEL, AUG, ANN }

  private Targets() {}

  static Expr store(Expr e, Use use) {
    return convert(e, use == Use.DEL ? ExprContext.Del : ExprContext.Store, use, true);
  }

  private static Expr convert(Expr e, ExprContext ctx, Use use, boolean top) {
    return switch (e) {
      case Expr.Name n -> {
        if (ctx != ExprContext.Del && n.id().equals("__debug__")) {
          throw new SyntaxErrorException("cannot assign to __debug__", n.span());
        }
        yield new Expr.Name(n.id(), ctx, n.span());
      }
      case Expr.Attribute a -> {
        if (ctx != ExprContext.Del && a.attr().equals("__debug__")) {
          throw new SyntaxErrorException("cannot assign to __debug__", a.span());
        }
        yield new Expr.Attribute(a.value(), a.attr(), ctx, a.span());
      }
      case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.span());
      case Expr.Starred s when use != Use.DEL && use != Use.AUG && use != Use.ANN ->
          new Expr.Starred(convert(s.value(), ctx, use, false), ctx, s.span());
      case Expr.Tuple t when use != Use.AUG && use != Use.ANN -> new Expr.Tuple(convertAll(t.elts(), ctx, use), ctx, t.span());
      case Expr.List l when use != Use.AUG && use != Use.ANN -> new Expr.List(convertAll(l.elts(), ctx, use), ctx, l.span());
      default -> throw invalid(e, use, top);
    };
  }

  private static List<Expr> convertAll(List<Expr> elts, ExprContext ctx, Use use) {
    List<Expr> out = new ArrayList<>(elts.size());
    for (Expr e : elts) {
      out.add(convert(e, ctx, use, false));
    }
    return out;
  }

  private static SyntaxErrorException invalid(Expr e, Use use, boolean top) {
    String what = describe(e);
    String message = switch (use) {
      case DEL -> "cannot delete " + what;
      case AUG -> "'" + what + "' is an illegal expression for augmented assignment";
      case ANN -> e instanceof Expr.Tuple ? "only single target (not tuple) can be annotated"
          : e instanceof Expr.List ? "only single target (not list) can be annotated"
          : "illegal target for annotation";
      case ASSIGN, ASSIGN_CHAIN -> e instanceof Expr.Yield || e instanceof Expr.YieldFrom
          ? "assignment to yield expression not possible"
          : use == Use.ASSIGN && top && mayBeComparison(e)
              ? "cannot assign to " + what + " here. Maybe you meant '==' instead of '='?"
              : "cannot assign to " + what;
      default -> "cannot assign to " + what;
    };
    return new SyntaxErrorException(message, e.span());
  }

  /** CPython adds the "Maybe you meant '=='" hint only for a lone bitwise-or level target that is not a display or keyword. */
  private static boolean mayBeComparison(Expr e) {
    boolean keyword = e instanceof Expr.Constant c && c.value() instanceof ConstantValue.Singleton s && s != ConstantValue.Singleton.ELLIPSIS;
    return !keyword && !(e instanceof Expr.GeneratorExp || e instanceof Expr.Compare || e instanceof Expr.BoolOp
        || e instanceof Expr.Lambda || e instanceof Expr.IfExp || e instanceof Expr.NamedExpr || e instanceof Expr.Starred
        || e instanceof Expr.UnaryOp u && u.op() == dev.taipan.frontend.ast.UnaryOperator.Not);
  }

  /** CPython's name for an expression kind in error messages. */
  static String describe(Expr e) {
    return switch (e) {
      case Expr.Attribute a -> "attribute";
      case Expr.Subscript s -> "subscript";
      case Expr.Starred s -> "starred";
      case Expr.Name n -> "name";
      case Expr.List l -> "list";
      case Expr.Tuple t -> "tuple";
      case Expr.Lambda l -> "lambda";
      case Expr.Call c -> "function call";
      case Expr.BoolOp b -> "expression";
      case Expr.BinOp b -> "expression";
      case Expr.UnaryOp u -> "expression";
      case Expr.GeneratorExp g -> "generator expression";
      case Expr.Yield y -> "yield expression";
      case Expr.YieldFrom y -> "yield expression";
      case Expr.Await a -> "await expression";
      case Expr.ListComp l -> "list comprehension";
      case Expr.SetComp s -> "set comprehension";
      case Expr.DictComp d -> "dict comprehension";
      case Expr.Dict d -> "dict literal";
      case Expr.Set s -> "set display";
      case Expr.JoinedStr j -> "f-string expression";
      case Expr.FormattedValue f -> "f-string expression";
      case Expr.Constant c -> switch (c.value()) {
        case ConstantValue.Singleton s -> switch (s) {
          case NONE -> "None";
          case TRUE -> "True";
          case FALSE -> "False";
          case ELLIPSIS -> "ellipsis";
        };
        default -> "literal";
      };
      case Expr.Compare c -> "comparison";
      case Expr.IfExp i -> "conditional expression";
      case Expr.NamedExpr n -> "named expression";
      case Expr.Slice s -> "slice";
    };
  }
}
