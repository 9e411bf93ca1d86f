package dev.taipan.frontend.parse;

import dev.taipan.frontend.ast.Arg;
import dev.taipan.frontend.ast.Arguments;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.grammar.PythonLexer;
import dev.taipan.grammar.PythonParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/** Builds {@code arguments} from a def's or a lambda's parameter list, enforcing CPython's order rules. */
final class ParametersBuilder {
  static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

  private final ExpressionBuilder exprs;

  ParametersBuilder(ExpressionBuilder exprs) {
    this.exprs = exprs;
  }

  Arguments functionParameters(PythonParser.TypedargslistContext c) {
    return build(c);
  }

  Arguments lambdaParameters(PythonParser.VarargslistContext c) {
    return build(c);
  }

  private Arguments build(ParserRuleContext list) {
    List<Arg> posonly = new ArrayList<>();
    List<Arg> args = new ArrayList<>();
    List<Expr> defaults = new ArrayList<>();
    Arg vararg = null;
    List<Arg> kwonly = new ArrayList<>();
    List<Expr> kwDefaults = new ArrayList<>();
    Arg kwarg = null;
    boolean star = false;
    boolean slash = false;
    Set<String> seen = new HashSet<>();
    int n = list.getChildCount();
    boolean trailingComma = n > 0 && ExpressionBuilder.isToken(list.getChild(n - 1), PythonLexer.COMMA);
    for (int i = 0; i < n; i += 2) {
      ParserRuleContext p = (ParserRuleContext) list.getChild(i);
      if (kwarg != null) {
        throw new SyntaxErrorException("arguments cannot follow var-keyword argument", exprs.pos.span(p));
      }
      int first = p.start.getType();
      if (first == PythonLexer.SLASH) {
        if (slash) {
          throw new SyntaxErrorException("/ may appear only once", exprs.pos.span(p));
        }
        if (star) {
          throw new SyntaxErrorException("/ must be ahead of *", exprs.pos.span(p));
        }
        if (args.isEmpty()) {
          throw new SyntaxErrorException("at least one argument must precede /", exprs.pos.span(p));
        }
        slash = true;
        posonly.addAll(args);
        args.clear();
      } else if (first == PythonLexer.STAR && p.getChild(0).getChildCount() == 0) {
        if (star) {
          throw new SyntaxErrorException("* argument may appear only once", exprs.pos.span(p));
        }
        star = true;
        if (p.getChildCount() > 1) {
          vararg = arg(p, 1, seen);
        } else if (i + 2 >= n) {
          throw new SyntaxErrorException("named arguments must follow bare *", exprs.pos.span(p));
        }
      } else if (first == PythonLexer.POWER && p.getChild(0).getChildCount() == 0) {
        kwarg = arg(p, 1, seen);
      } else {
        Arg a = arg(p, 0, seen);
        Expr dflt = null;
        for (int k = 1; k < p.getChildCount(); k++) {
          if (ExpressionBuilder.isToken(p.getChild(k), PythonLexer.ASSIGN)) {
            dflt = exprs.expr(p.getChild(k + 1));
          }
        }
        if (star) {
          kwonly.add(a);
          kwDefaults.add(dflt);
        } else {
          if (dflt != null) {
            defaults.add(dflt);
          } else if (!defaults.isEmpty()) {
            throw new SyntaxErrorException("non-default argument follows default argument", exprs.pos.span(p));
          }
          args.add(a);
        }
      }
    }
    if (star && vararg == null && kwonly.isEmpty()) {
      throw new SyntaxErrorException("named arguments must follow bare *", exprs.pos.span(list));
    }
    if (trailingComma && kwarg == null && star && vararg == null && kwonly.isEmpty()) {
      throw new SyntaxErrorException("named arguments must follow bare *", exprs.pos.span(list));
    }
    return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
  }

  /** The parameter whose name is child {@code at} of {@code p}, with its annotation when it has one. */
  private Arg arg(ParserRuleContext p, int at, Set<String> seen) {
    PythonParser.NameContext nameCtx = (PythonParser.NameContext) p.getChild(at);
    String name = exprs.name(nameCtx);
    Expr annotation = null;
    ParserRuleContext last = nameCtx;
    if (p.getChildCount() > at + 2 && ExpressionBuilder.isToken(p.getChild(at + 1), PythonLexer.COLON)) {
      ParseTree ann = p.getChild(at + 2);
      annotation = exprs.expr(ann);
      last = (ParserRuleContext) ann;
    }
    return new Arg(name, annotation, null, exprs.pos.span(nameCtx.start, last.stop));
  }
}
