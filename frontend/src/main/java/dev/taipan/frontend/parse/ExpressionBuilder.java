package dev.taipan.frontend.parse;

import dev.taipan.frontend.ast.BoolOperator;
import dev.taipan.frontend.ast.CmpOp;
import dev.taipan.frontend.ast.Comprehension;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Keyword;
import dev.taipan.frontend.ast.Operator;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.ast.UnaryOperator;
import dev.taipan.grammar.PythonLexer;
import dev.taipan.grammar.PythonParser;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds CPython's expression nodes from the expression rules of the parse tree. */
final class ExpressionBuilder {
  final Positions pos;
  private final StringLiteralBuilder strings;

  ExpressionBuilder(Positions pos) {
    this.pos = pos;
    this.strings = new StringLiteralBuilder(this);
  }

  /** Builds any expression-valued rule (from namedexpr_test down to atom). */
  Expr expr(ParseTree node) {
    ParseTree t = node;
    while (t.getChildCount() == 1 && t.getChild(0) instanceof ParserRuleContext && !(t instanceof PythonParser.AtomContext)) {
      t = t.getChild(0);
    }
    return switch (t) {
      case PythonParser.AtomContext c -> atom(c);
      case PythonParser.PowerContext c -> power(c);
      case PythonParser.FactorContext c -> factor(c);
      case PythonParser.TermContext c -> binary(c);
      case PythonParser.Arith_exprContext c -> binary(c);
      case PythonParser.Shift_exprContext c -> binary(c);
      case PythonParser.And_exprContext c -> binary(c);
      case PythonParser.Xor_exprContext c -> binary(c);
      case PythonParser.ExprContext c -> binary(c);
      case PythonParser.ComparisonContext c -> compare(c);
      case PythonParser.Not_testContext c -> new Expr.UnaryOp(UnaryOperator.Not, expr(c.getChild(1)), pos.span(c));
      case PythonParser.And_testContext c -> boolOp(c, BoolOperator.And);
      case PythonParser.Or_testContext c -> boolOp(c, BoolOperator.Or);
      case PythonParser.TestContext c -> new Expr.IfExp(expr(c.getChild(2)), expr(c.getChild(0)), expr(c.getChild(4)), pos.span(c));
      case PythonParser.Namedexpr_testContext c -> namedExpr(c);
      case PythonParser.LambdefContext c -> lambda(c);
      case PythonParser.Star_exprContext c -> new Expr.Starred(expr(c.getChild(1)), ExprContext.Load, pos.span(c));
      case PythonParser.Yield_exprContext c -> yieldExpr(c);
      case PythonParser.Testlist_star_exprContext c -> tupleOrSingle(c);
      case PythonParser.ExprlistContext c -> tupleOrSingle(c);
      case PythonParser.Subject_exprContext c -> tupleOrSingle(c);
      case PythonParser.SubscriptContext c -> subscript(c);
      default -> throw new IllegalStateException("not an expression rule: " + t.getClass().getSimpleName());
    };
  }

  static Token token(ParseTree t) {
    return ((TerminalNode) t).getSymbol();
  }

  static boolean isToken(ParseTree t, int type) {
    return t instanceof TerminalNode n && n.getSymbol().getType() == type;
  }

  static String identifier(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return text;
  }

  Expr strings(PythonParser.StringsContext c) {
    return strings.build(c);
  }

  String name(PythonParser.NameContext c) {
    return identifier(c.start.getText());
  }

  private Expr binary(ParserRuleContext c) {
    Expr left = expr(c.getChild(0));
    int n = c.getChildCount();
    for (int i = 1; i < n; i += 2) {
      ParserRuleContext rc = (ParserRuleContext) c.getChild(i + 1);
      Expr right = expr(rc);
      left = new Expr.BinOp(left, binaryOperator(token(c.getChild(i)).getType()), right, pos.span(c.start, rc.stop));
    }
    return left;
  }

  static Operator binaryOperator(int type) {
    return switch (type) {
      case PythonLexer.PLUS, PythonLexer.PLUSEQUAL -> Operator.Add;
      case PythonLexer.MINUS, PythonLexer.MINEQUAL -> Operator.Sub;
      case PythonLexer.STAR, PythonLexer.STAREQUAL -> Operator.Mult;
      case PythonLexer.AT, PythonLexer.ATEQUAL -> Operator.MatMult;
      case PythonLexer.SLASH, PythonLexer.SLASHEQUAL -> Operator.Div;
      case PythonLexer.PERCENT, PythonLexer.PERCENTEQUAL -> Operator.Mod;
      case PythonLexer.POWER, PythonLexer.POWEREQUAL -> Operator.Pow;
      case PythonLexer.LSHIFT, PythonLexer.LSHIFTEQUAL -> Operator.LShift;
      case PythonLexer.RSHIFT, PythonLexer.RSHIFTEQUAL -> Operator.RShift;
      case PythonLexer.VBAR, PythonLexer.VBAREQUAL -> Operator.BitOr;
      case PythonLexer.CIRCUMFLEX, PythonLexer.CIRCUMFLEXEQUAL -> Operator.BitXor;
      case PythonLexer.AMPER, PythonLexer.AMPEREQUAL -> Operator.BitAnd;
      case PythonLexer.FLOORDIV, PythonLexer.FLOORDIVEQUAL -> Operator.FloorDiv;
      default -> throw new IllegalStateException("operator token " + type);
    };
  }

  private Expr compare(PythonParser.ComparisonContext c) {
    Expr left = expr(c.getChild(0));
    List<CmpOp> ops = new ArrayList<>();
    List<Expr> comparators = new ArrayList<>();
    for (int i = 1; i < c.getChildCount(); i += 2) {
      ParserRuleContext op = (ParserRuleContext) c.getChild(i);
      int type = op.start.getType();
      boolean two = op.getChildCount() == 2;
      ops.add(switch (type) {
        case PythonLexer.LESS -> CmpOp.Lt;
        case PythonLexer.GREATER -> CmpOp.Gt;
        case PythonLexer.EQEQUAL -> CmpOp.Eq;
        case PythonLexer.GREATEREQUAL -> CmpOp.GtE;
        case PythonLexer.LESSEQUAL -> CmpOp.LtE;
        case PythonLexer.NOTEQUAL -> CmpOp.NotEq;
        case PythonLexer.IN -> CmpOp.In;
        case PythonLexer.NOT -> CmpOp.NotIn;
        case PythonLexer.IS -> two ? CmpOp.IsNot : CmpOp.Is;
        default -> throw new IllegalStateException("comparison " + type);
      });
      comparators.add(expr(c.getChild(i + 1)));
    }
    return new Expr.Compare(left, ops, comparators, pos.span(c));
  }

  private Expr boolOp(ParserRuleContext c, BoolOperator op) {
    List<Expr> values = new ArrayList<>();
    for (int i = 0; i < c.getChildCount(); i += 2) {
      values.add(expr(c.getChild(i)));
    }
    return new Expr.BoolOp(op, values, pos.span(c));
  }

  private Expr namedExpr(PythonParser.Namedexpr_testContext c) {
    Expr target = expr(c.getChild(0));
    if (!(target instanceof Expr.Name name)) {
      throw new SyntaxErrorException("cannot use assignment expressions with " + Targets.describe(target), target.span());
    }
    Expr value = expr(c.getChild(2));
    return new Expr.NamedExpr(new Expr.Name(name.id(), ExprContext.Store, name.span()), value, pos.span(c));
  }

  private Expr factor(PythonParser.FactorContext c) {
    UnaryOperator op = switch (c.start.getType()) {
      case PythonLexer.PLUS -> UnaryOperator.UAdd;
      case PythonLexer.MINUS -> UnaryOperator.USub;
      default -> UnaryOperator.Invert;
    };
    return new Expr.UnaryOp(op, expr(c.getChild(1)), pos.span(c));
  }

  private Expr power(PythonParser.PowerContext c) {
    int i = 0;
    int n = c.getChildCount();
    boolean await = isToken(c.getChild(0), PythonLexer.AWAIT);
    if (await) {
      i = 1;
    }
    PythonParser.AtomContext atom = (PythonParser.AtomContext) c.getChild(i++);
    Expr e = atom(atom);
    Token last = atom.stop;
    while (i < n && c.getChild(i) instanceof PythonParser.TrailerContext tr) {
      e = trailer(e, atom.start, tr);
      last = tr.stop;
      i++;
    }
    if (await) {
      e = new Expr.Await(e, pos.span(c.start, last));
    }
    if (i < n) {
      ParserRuleContext f = (ParserRuleContext) c.getChild(i + 1);
      e = new Expr.BinOp(e, Operator.Pow, expr(f), pos.span(c.start, f.stop));
    }
    return e;
  }

  private Expr trailer(Expr e, Token start, PythonParser.TrailerContext tr) {
    Span span = pos.span(start, tr.stop);
    return switch (tr.start.getType()) {
      case PythonLexer.OPEN_PAREN -> call(e, tr, span);
      case PythonLexer.OPEN_BRACK -> new Expr.Subscript(e, subscripts((ParserRuleContext) tr.getChild(1)), ExprContext.Load, span);
      default -> new Expr.Attribute(e, name((PythonParser.NameContext) tr.getChild(1)), ExprContext.Load, span);
    };
  }

  private Expr subscripts(ParserRuleContext sl) {
    if (sl.getChildCount() == 1 && !(sl.getChild(0).getChild(0) instanceof PythonParser.Star_exprContext)) {
      return expr(sl.getChild(0));
    }
    List<Expr> elts = new ArrayList<>();
    for (int i = 0; i < sl.getChildCount(); i += 2) {
      elts.add(expr(sl.getChild(i)));
    }
    return new Expr.Tuple(elts, ExprContext.Load, pos.span(sl));
  }

  private Expr subscript(PythonParser.SubscriptContext c) {
    Expr[] parts = new Expr[3];
    int part = 0;
    for (int i = 0; i < c.getChildCount(); i++) {
      ParseTree ch = c.getChild(i);
      if (ch instanceof TerminalNode) {
        part++;
      } else {
        parts[part] = expr(ch);
      }
    }
    return new Expr.Slice(parts[0], parts[1], parts[2], pos.span(c));
  }

  /** The Call that applies {@code func} to the argument list of {@code tr}; also used for class bases. */
  Expr callOf(Expr func, PythonParser.TrailerContext tr) {
    return call(func, tr, Span.NONE);
  }

  private Expr call(Expr func, PythonParser.TrailerContext tr, Span span) {
    List<Expr> args = new ArrayList<>();
    List<Keyword> keywords = new ArrayList<>();
    if (tr.getChildCount() == 3) {
      ParserRuleContext list = (ParserRuleContext) tr.getChild(1);
      int count = (list.getChildCount() + 1) / 2;
      boolean sawKeyword = false;
      boolean sawDoubleStar = false;
      for (int i = 0; i < list.getChildCount(); i += 2) {
        PythonParser.ArgumentContext a = (PythonParser.ArgumentContext) list.getChild(i);
        int first = a.start.getType();
        if (first == PythonLexer.POWER && a.getChild(0) instanceof TerminalNode) {
          keywords.add(new Keyword(null, expr(a.getChild(1)), pos.span(a)));
          sawDoubleStar = true;
        } else if (first == PythonLexer.STAR && a.getChild(0) instanceof TerminalNode) {
          if (sawDoubleStar) {
            throw new SyntaxErrorException("iterable argument unpacking follows keyword argument unpacking", pos.span(a));
          }
          args.add(new Expr.Starred(expr(a.getChild(1)), ExprContext.Load, pos.span(a)));
        } else if (a.getChildCount() == 3 && isToken(a.getChild(1), PythonLexer.ASSIGN)) {
          Expr target = expr(a.getChild(0));
          ParserRuleContext lhs = (ParserRuleContext) a.getChild(0);
          if (!(target instanceof Expr.Name n) || lhs.start != lhs.stop) {
            throw new SyntaxErrorException("expression cannot contain assignment, perhaps you meant \"==\"?", pos.span(a));
          }
          keywords.add(new Keyword(n.id(), expr(a.getChild(2)), pos.span(a)));
          sawKeyword = true;
        } else {
          Expr value;
          if (a.getChildCount() == 2) {
            if (count > 1 || list.getChildCount() > 1) {
              throw new SyntaxErrorException("Generator expression must be parenthesized", pos.span(a));
            }
            value = comprehension(Kind.GENERATOR, a.getChild(0), (PythonParser.Comp_forContext) a.getChild(1), pos.span(tr));
          } else if (a.getChildCount() == 3) {
            Expr target = expr(a.getChild(0));
            if (!(target instanceof Expr.Name n)) {
              throw new SyntaxErrorException("cannot use assignment expressions with " + Targets.describe(target), target.span());
            }
            value = new Expr.NamedExpr(new Expr.Name(n.id(), ExprContext.Store, n.span()), expr(a.getChild(2)), pos.span(a));
          } else {
            value = expr(a.getChild(0));
          }
          // CPython reports these where its parser stopped: the closing parenthesis.
          if (sawDoubleStar) {
            throw new SyntaxErrorException("positional argument follows keyword argument unpacking", pos.at(tr.stop));
          }
          if (sawKeyword) {
            throw new SyntaxErrorException("positional argument follows keyword argument", pos.at(tr.stop));
          }
          args.add(value);
        }
      }
    }
    return new Expr.Call(func, args, keywords, span);
  }

  enum Kind { GENERATOR, LIST }

  private Expr atom(PythonParser.AtomContext c) {
    ParseTree first = c.getChild(0);
    if (first instanceof PythonParser.NameContext n) {
      return new Expr.Name(name(n), ExprContext.Load, pos.span(c));
    }
    if (first instanceof PythonParser.StringsContext s) {
      return strings.build(s);
    }
    Token t = token(first);
    return switch (t.getType()) {
      case PythonLexer.NUMBER -> new Expr.Constant(NumberLiteral.parse(t.getText()), null, pos.span(c));
      case PythonLexer.NONE -> new Expr.Constant(ConstantValue.Singleton.NONE, null, pos.span(c));
      case PythonLexer.TRUE -> new Expr.Constant(ConstantValue.Singleton.TRUE, null, pos.span(c));
      case PythonLexer.FALSE -> new Expr.Constant(ConstantValue.Singleton.FALSE, null, pos.span(c));
      case PythonLexer.ELLIPSIS -> new Expr.Constant(ConstantValue.Singleton.ELLIPSIS, null, pos.span(c));
      case PythonLexer.OPEN_PAREN -> parenthesized(c);
      case PythonLexer.OPEN_BRACK -> list(c);
      default -> braces(c);
    };
  }

  private Expr parenthesized(PythonParser.AtomContext c) {
    if (c.getChildCount() == 2) {
      return new Expr.Tuple(List.of(), ExprContext.Load, pos.span(c));
    }
    ParseTree inner = c.getChild(1);
    if (inner instanceof PythonParser.Yield_exprContext y) {
      return yieldExpr(y);
    }
    ParserRuleContext tc = (ParserRuleContext) inner;
    if (tc.getChildCount() == 2 && tc.getChild(1) instanceof PythonParser.Comp_forContext cf) {
      return comprehension(Kind.GENERATOR, tc.getChild(0), cf, pos.span(c));
    }
    if (tc.getChildCount() == 1) {
      Expr e = expr(tc.getChild(0));
      if (e instanceof Expr.Starred) {
        throw new SyntaxErrorException("cannot use starred expression here", e.span());
      }
      return e;
    }
    return new Expr.Tuple(elements(tc), ExprContext.Load, pos.span(c));
  }

  private List<Expr> elements(ParserRuleContext c) {
    List<Expr> elts = new ArrayList<>((c.getChildCount() + 1) / 2);
    for (int i = 0; i < c.getChildCount(); i += 2) {
      elts.add(expr(c.getChild(i)));
    }
    return elts;
  }

  private Expr list(PythonParser.AtomContext c) {
    if (c.getChildCount() == 2) {
      return new Expr.List(List.of(), ExprContext.Load, pos.span(c));
    }
    ParserRuleContext tc = (ParserRuleContext) c.getChild(1);
    if (tc.getChildCount() == 2 && tc.getChild(1) instanceof PythonParser.Comp_forContext cf) {
      return comprehension(Kind.LIST, tc.getChild(0), cf, pos.span(c));
    }
    return new Expr.List(elements(tc), ExprContext.Load, pos.span(c));
  }

  private Expr braces(PythonParser.AtomContext c) {
    Span span = pos.span(c);
    if (c.getChildCount() == 2) {
      return new Expr.Dict(List.of(), List.of(), span);
    }
    PythonParser.DictorsetmakerContext d = (PythonParser.DictorsetmakerContext) c.getChild(1);
    ParseTree first = d.getChild(0);
    if (isToken(first, PythonLexer.POWER)) {
      return dict(null, expr(d.getChild(1)), (ParserRuleContext) d.getChild(2), span);
    }
    if (first instanceof PythonParser.Star_exprContext) {
      return set(expr(first), (ParserRuleContext) d.getChild(1), first, span);
    }
    if (isToken(d.getChild(1), PythonLexer.COLON)) {
      return dict(expr(first), expr(d.getChild(2)), (ParserRuleContext) d.getChild(3), span);
    }
    if (isToken(d.getChild(1), PythonLexer.WALRUS)) {
      Expr target = expr(first);
      if (!(target instanceof Expr.Name n)) {
        throw new SyntaxErrorException("cannot use assignment expressions with " + Targets.describe(target), target.span());
      }
      ParserRuleContext value = (ParserRuleContext) d.getChild(2);
      Expr named = new Expr.NamedExpr(new Expr.Name(n.id(), ExprContext.Store, n.span()), expr(value),
          pos.span(((ParserRuleContext) first).start, value.stop));
      return set(named, (ParserRuleContext) d.getChild(3), null, span);
    }
    return set(expr(first), (ParserRuleContext) d.getChild(1), first, span);
  }

  private Expr dict(Expr key, Expr value, ParserRuleContext tail, Span span) {
    if (tail.getChildCount() > 0 && tail.getChild(0) instanceof PythonParser.Comp_forContext cf) {
      if (key == null) {
        throw new SyntaxErrorException("dict unpacking cannot be used in dict comprehension", value.span());
      }
      return new Expr.DictComp(key, value, generators(cf), span);
    }
    List<Expr> keys = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    keys.add(key);
    values.add(value);
    for (int i = 1; i < tail.getChildCount(); i += 2) {
      ParserRuleContext e = (ParserRuleContext) tail.getChild(i);
      if (isToken(e.getChild(0), PythonLexer.POWER)) {
        keys.add(null);
        values.add(expr(e.getChild(1)));
      } else {
        keys.add(expr(e.getChild(0)));
        values.add(expr(e.getChild(2)));
      }
    }
    return new Expr.Dict(keys, values, span);
  }

  private Expr set(Expr first, ParserRuleContext tail, ParseTree firstTree, Span span) {
    if (tail.getChildCount() > 0 && tail.getChild(0) instanceof PythonParser.Comp_forContext cf) {
      if (first instanceof Expr.Starred) {
        throw new SyntaxErrorException("iterable unpacking cannot be used in comprehension", first.span());
      }
      return new Expr.SetComp(first, generators(cf), span);
    }
    List<Expr> elts = new ArrayList<>();
    elts.add(first);
    for (int i = 1; i < tail.getChildCount(); i += 2) {
      elts.add(expr(tail.getChild(i)));
    }
    return new Expr.Set(elts, span);
  }

  private Expr comprehension(Kind kind, ParseTree eltTree, PythonParser.Comp_forContext cf, Span span) {
    Expr elt = expr(eltTree);
    if (elt instanceof Expr.Starred) {
      throw new SyntaxErrorException("iterable unpacking cannot be used in comprehension", elt.span());
    }
    List<Comprehension> gens = generators(cf);
    return switch (kind) {
      case GENERATOR -> new Expr.GeneratorExp(elt, gens, span);
      case LIST -> new Expr.ListComp(elt, gens, span);
    };
  }

  List<Comprehension> generators(PythonParser.Comp_forContext first) {
    List<Comprehension> gens = new ArrayList<>();
    ParserRuleContext cur = first;
    Expr target = null;
    Expr iter = null;
    int isAsync = 0;
    List<Expr> ifs = null;
    while (cur != null) {
      ParserRuleContext next = null;
      if (cur instanceof PythonParser.Comp_forContext f) {
        if (target != null) {
          gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        int i = 0;
        isAsync = 0;
        if (isToken(f.getChild(0), PythonLexer.ASYNC)) {
          isAsync = 1;
          i = 1;
        }
        target = Targets.store(expr(f.getChild(i + 1)), Targets.Use.FOR);
        iter = expr(f.getChild(i + 3));
        ifs = new ArrayList<>();
        if (f.getChildCount() > i + 4) {
          next = (ParserRuleContext) f.getChild(i + 4).getChild(0);
        }
      } else {
        ifs.add(expr(cur.getChild(1)));
        if (cur.getChildCount() > 2) {
          next = (ParserRuleContext) cur.getChild(2).getChild(0);
        }
      }
      cur = next;
    }
    gens.add(new Comprehension(target, iter, ifs, isAsync));
    return gens;
  }

  private Expr lambda(PythonParser.LambdefContext c) {
    ParseTree second = c.getChild(1);
    var args = second instanceof PythonParser.VarargslistContext v
        ? new ParametersBuilder(this).lambdaParameters(v)
        : ParametersBuilder.EMPTY;
    return new Expr.Lambda(args, expr(c.getChild(c.getChildCount() - 1)), pos.span(c));
  }

  Expr yieldExpr(PythonParser.Yield_exprContext c) {
    if (c.getChildCount() == 1) {
      return new Expr.Yield(null, pos.span(c));
    }
    if (isToken(c.getChild(1), PythonLexer.FROM)) {
      return new Expr.YieldFrom(expr(c.getChild(2)), pos.span(c));
    }
    return new Expr.Yield(expr(c.getChild(1)), pos.span(c));
  }

  /** A comma-separated list: one element without a comma is itself, otherwise a Tuple. */
  Expr tupleOrSingle(ParserRuleContext c) {
    if (c.getChildCount() == 1) {
      return expr(c.getChild(0));
    }
    return new Expr.Tuple(elements(c), ExprContext.Load, pos.span(c));
  }
}
