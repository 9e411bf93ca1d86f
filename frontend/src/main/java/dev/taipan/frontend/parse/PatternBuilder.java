package dev.taipan.frontend.parse;

import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Operator;
import dev.taipan.frontend.ast.Pattern;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.ast.UnaryOperator;
import dev.taipan.grammar.PythonLexer;
import dev.taipan.grammar.PythonParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds the {@code pattern} nodes of match statements (PEP 634). */
final class PatternBuilder {
  private final ExpressionBuilder exprs;

  PatternBuilder(ExpressionBuilder exprs) {
    this.exprs = exprs;
  }

  /** The top-level patterns of a case: a sequence when there is a comma or a star. */
  Pattern patterns(PythonParser.PatternsContext c) {
    if (c.getChildCount() == 1 && c.getChild(0).getChild(0) instanceof PythonParser.PatternContext p) {
      return pattern(p);
    }
    return new Pattern.MatchSequence(items(c), exprs.pos.span(c));
  }

  private List<Pattern> items(ParserRuleContext c) {
    List<Pattern> out = new ArrayList<>();
    for (int i = 0; i < c.getChildCount(); i += 2) {
      ParseTree item = c.getChild(i).getChild(0);
      if (item instanceof PythonParser.Star_patternContext s) {
        String name = exprs.name((PythonParser.NameContext) s.getChild(1));
        out.add(new Pattern.MatchStar(name.equals("_") ? null : name, exprs.pos.span(s)));
      } else {
        out.add(pattern((PythonParser.PatternContext) item));
      }
    }
    return out;
  }

  Pattern pattern(PythonParser.PatternContext c) {
    Pattern or = orPattern((PythonParser.Or_patternContext) c.getChild(0));
    if (c.getChildCount() == 1) {
      return or;
    }
    PythonParser.NameContext n = (PythonParser.NameContext) c.getChild(2);
    String name = exprs.name(n);
    if (name.equals("_")) {
      throw new SyntaxErrorException("cannot use '_' as a target", exprs.pos.span(n));
    }
    return new Pattern.MatchAs(or, name, exprs.pos.span(c));
  }

  private Pattern orPattern(PythonParser.Or_patternContext c) {
    if (c.getChildCount() == 1) {
      return closed((PythonParser.Closed_patternContext) c.getChild(0));
    }
    List<Pattern> alts = new ArrayList<>();
    for (int i = 0; i < c.getChildCount(); i += 2) {
      alts.add(closed((PythonParser.Closed_patternContext) c.getChild(i)));
    }
    return new Pattern.MatchOr(alts, exprs.pos.span(c));
  }

  private Pattern closed(PythonParser.Closed_patternContext c) {
    Span span = exprs.pos.span(c);
    ParseTree first = c.getChild(0);
    if (first instanceof PythonParser.Literal_patternContext lit) {
      return switch (lit.start.getType()) {
        case PythonLexer.NONE -> new Pattern.MatchSingleton(ConstantValue.Singleton.NONE, span);
        case PythonLexer.TRUE -> new Pattern.MatchSingleton(ConstantValue.Singleton.TRUE, span);
        case PythonLexer.FALSE -> new Pattern.MatchSingleton(ConstantValue.Singleton.FALSE, span);
        default -> new Pattern.MatchValue(literal(lit), span);
      };
    }
    if (first instanceof PythonParser.Name_or_attrContext na) {
      if (c.getChildCount() == 1) {
        if (na.getChildCount() == 1) {
          String name = exprs.name((PythonParser.NameContext) na.getChild(0));
          return new Pattern.MatchAs(null, name.equals("_") ? null : name, span);
        }
        return new Pattern.MatchValue(nameOrAttr(na), span);
      }
      return classPattern(nameOrAttr(na), c.getChildCount() == 4 ? (ParserRuleContext) c.getChild(2) : null, span);
    }
    int open = ((TerminalNode) first).getSymbol().getType();
    if (open == PythonLexer.OPEN_BRACE) {
      return mapping(c.getChildCount() == 3 ? (ParserRuleContext) c.getChild(1) : null, span);
    }
    if (c.getChildCount() == 2) {
      return new Pattern.MatchSequence(List.of(), span);
    }
    PythonParser.PatternsContext inner = (PythonParser.PatternsContext) c.getChild(1);
    if (open == PythonLexer.OPEN_PAREN && inner.getChildCount() == 1
        && inner.getChild(0).getChild(0) instanceof PythonParser.PatternContext p) {
      return pattern(p);
    }
    return new Pattern.MatchSequence(items(inner), span);
  }

  private Expr literal(PythonParser.Literal_patternContext lit) {
    ParseTree first = lit.getChild(0);
    if (first instanceof PythonParser.StringsContext s) {
      Expr e = exprs.strings(s);
      if (e instanceof Expr.JoinedStr) {
        throw new SyntaxErrorException("patterns may only match literals and attribute lookups", e.span());
      }
      return e;
    }
    if (first instanceof PythonParser.Signed_numberContext sn) {
      Expr left = signedNumber(sn);
      if (lit.getChildCount() == 1) {
        return left;
      }
      Operator op = ExpressionBuilder.isToken(lit.getChild(1), PythonLexer.PLUS) ? Operator.Add : Operator.Sub;
      TerminalNode num = (TerminalNode) lit.getChild(2);
      Expr right = new Expr.Constant(NumberLiteral.parse(num.getText()), null, exprs.pos.at(num.getSymbol()));
      return new Expr.BinOp(left, op, right, exprs.pos.span(lit));
    }
    int type = lit.start.getType();
    ConstantValue v = type == PythonLexer.NONE ? ConstantValue.Singleton.NONE
        : type == PythonLexer.TRUE ? ConstantValue.Singleton.TRUE : ConstantValue.Singleton.FALSE;
    return new Expr.Constant(v, null, exprs.pos.span(lit));
  }

  private Expr signedNumber(PythonParser.Signed_numberContext sn) {
    TerminalNode num = (TerminalNode) sn.getChild(sn.getChildCount() - 1);
    Expr value = new Expr.Constant(NumberLiteral.parse(num.getText()), null, exprs.pos.at(num.getSymbol()));
    if (sn.getChildCount() == 2) {
      return new Expr.UnaryOp(UnaryOperator.USub, value, exprs.pos.span(sn));
    }
    return value;
  }

  private Expr nameOrAttr(PythonParser.Name_or_attrContext na) {
    PythonParser.NameContext first = (PythonParser.NameContext) na.getChild(0);
    Expr e = new Expr.Name(exprs.name(first), ExprContext.Load, exprs.pos.span(first));
    for (int i = 2; i < na.getChildCount(); i += 2) {
      PythonParser.NameContext n = (PythonParser.NameContext) na.getChild(i);
      e = new Expr.Attribute(e, exprs.name(n), ExprContext.Load, exprs.pos.span(na.start, n.stop));
    }
    return e;
  }

  private Pattern classPattern(Expr cls, ParserRuleContext args, Span span) {
    List<Pattern> positional = new ArrayList<>();
    List<String> kwdAttrs = new ArrayList<>();
    List<Pattern> kwdPatterns = new ArrayList<>();
    if (args != null) {
      for (int i = 0; i < args.getChildCount(); i += 2) {
        ParserRuleContext a = (ParserRuleContext) args.getChild(i);
        if (a.getChildCount() == 3) {
          kwdAttrs.add(exprs.name((PythonParser.NameContext) a.getChild(0)));
          kwdPatterns.add(pattern((PythonParser.PatternContext) a.getChild(2)));
        } else {
          if (!kwdAttrs.isEmpty()) {
            throw new SyntaxErrorException("positional patterns follow keyword patterns", exprs.pos.span(a));
          }
          positional.add(pattern((PythonParser.PatternContext) a.getChild(0)));
        }
      }
    }
    return new Pattern.MatchClass(cls, positional, kwdAttrs, kwdPatterns, span);
  }

  private Pattern mapping(ParserRuleContext items, Span span) {
    List<Expr> keys = new ArrayList<>();
    List<Pattern> values = new ArrayList<>();
    String rest = null;
    if (items != null) {
      for (int i = 0; i < items.getChildCount(); i += 2) {
        ParserRuleContext item = (ParserRuleContext) items.getChild(i);
        if (ExpressionBuilder.isToken(item.getChild(0), PythonLexer.POWER)) {
          rest = exprs.name((PythonParser.NameContext) item.getChild(1));
          continue;
        }
        ParseTree key = item.getChild(0);
        if (key instanceof PythonParser.Literal_patternContext lit) {
          keys.add(literal(lit));
        } else {
          PythonParser.Name_or_attrContext na = (PythonParser.Name_or_attrContext) key;
          if (na.getChildCount() == 1) {
            throw new SyntaxErrorException("invalid syntax", exprs.pos.span(na));
          }
          keys.add(nameOrAttr(na));
        }
        values.add(pattern((PythonParser.PatternContext) item.getChild(2)));
      }
    }
    return new Pattern.MatchMapping(keys, values, rest, span);
  }
}
