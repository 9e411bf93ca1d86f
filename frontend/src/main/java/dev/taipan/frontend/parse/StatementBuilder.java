package dev.taipan.frontend.parse;

import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.Arguments;
import dev.taipan.frontend.ast.ExceptHandler;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Keyword;
import dev.taipan.frontend.ast.MatchCase;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.ast.TypeParam;
import dev.taipan.frontend.ast.WithItem;
import dev.taipan.grammar.PythonLexer;
import dev.taipan.grammar.PythonParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds CPython's statement nodes (and the module) from the statement rules of the parse tree. */
final class StatementBuilder {
  private final ExpressionBuilder exprs;
  private final Positions pos;
  /** Blocks whose last line ends with a semicolon: CPython ends the enclosing statement there. */
  private final java.util.Map<List<Stmt>, Span> semicolonEnds = new java.util.IdentityHashMap<>();

  private final LanguageVersion version;

  StatementBuilder(ExpressionBuilder exprs, LanguageVersion version) {
    this.exprs = exprs;
    this.pos = exprs.pos;
    this.version = version;
  }

  Mod.Module module(PythonParser.File_inputContext c) {
    List<Stmt> body = new ArrayList<>();
    if (c.children != null) {
      for (ParseTree ch : c.children) {
        if (ch instanceof PythonParser.StmtContext s) {
          stmt(s, body);
        }
      }
    }
    return new Mod.Module(body, List.of());
  }

  private void stmt(PythonParser.StmtContext c, List<Stmt> out) {
    ParseTree ch = c.getChild(0);
    if (ch instanceof PythonParser.Simple_stmtsContext s) {
      simpleStmts(s, out);
    } else {
      out.add(compound((PythonParser.Compound_stmtContext) ch));
    }
  }

  private void simpleStmts(PythonParser.Simple_stmtsContext c, List<Stmt> out) {
    for (int i = 0; i < c.getChildCount(); i += 2) {
      if (c.getChild(i) instanceof PythonParser.Simple_stmtContext s) {
        out.add(simple(s));
      }
    }
  }

  private List<Stmt> block(PythonParser.BlockContext c) {
    List<Stmt> out = new ArrayList<>();
    ParseTree first = c.getChild(0);
    PythonParser.Simple_stmtsContext lastLine = null;
    if (first instanceof PythonParser.Simple_stmtsContext s) {
      simpleStmts(s, out);
      lastLine = s;
    } else {
      for (int i = 2; i < c.getChildCount() - 1; i++) {
        PythonParser.StmtContext st = (PythonParser.StmtContext) c.getChild(i);
        stmt(st, out);
        lastLine = st.getChild(0) instanceof PythonParser.Simple_stmtsContext s ? s : null;
      }
    }
    if (lastLine != null && lastLine.getChildCount() >= 2
        && lastLine.getChild(lastLine.getChildCount() - 2) instanceof TerminalNode semi) {
      semicolonEnds.put(out, pos.at(semi.getSymbol()));
    }
    return out;
  }

  private Span end(Token start, Positions pos, List<Stmt> last) {
    Span s = pos.at(start);
    Span e = semicolonEnds.getOrDefault(last, last.get(last.size() - 1).span());
    return new Span(s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
  }

  private Stmt simple(PythonParser.Simple_stmtContext c) {
    ParseTree ch = c.getChild(0);
    Span span = pos.span(c);
    if (ch instanceof TerminalNode t) {
      return switch (t.getSymbol().getType()) {
        case PythonLexer.PASS -> new Stmt.Pass(span);
        case PythonLexer.BREAK -> new Stmt.Break(span);
        default -> new Stmt.Continue(span);
      };
    }
    return switch (ch) {
      case PythonParser.Expr_stmtContext e -> exprStmt(e);
      case PythonParser.Return_stmtContext r -> new Stmt.Return(r.getChildCount() > 1 ? exprs.expr(r.getChild(1)) : null, span);
      case PythonParser.Raise_stmtContext r -> new Stmt.Raise(
          r.getChildCount() > 1 ? exprs.expr(r.getChild(1)) : null, r.getChildCount() > 3 ? exprs.expr(r.getChild(3)) : null, span);
      case PythonParser.Del_stmtContext d -> delete(d, span);
      case PythonParser.Assert_stmtContext a -> new Stmt.Assert(
          exprs.expr(a.getChild(1)), a.getChildCount() > 2 ? exprs.expr(a.getChild(3)) : null, span);
      case PythonParser.Global_stmtContext g -> new Stmt.Global(names(g), span);
      case PythonParser.Nonlocal_stmtContext g -> new Stmt.Nonlocal(names(g), span);
      case PythonParser.Import_stmtContext i -> importStmt(i, span);
      case PythonParser.Type_aliasContext t -> typeAlias(t, span);
      default -> throw new IllegalStateException("statement " + ch.getClass().getSimpleName());
    };
  }

  private List<String> names(ParserRuleContext c) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < c.getChildCount(); i += 2) {
      out.add(exprs.name((PythonParser.NameContext) c.getChild(i)));
    }
    return out;
  }

  private Stmt delete(PythonParser.Del_stmtContext d, Span span) {
    ParserRuleContext list = (ParserRuleContext) d.getChild(1);
    List<Expr> targets = new ArrayList<>();
    for (int i = 0; i < list.getChildCount(); i += 2) {
      targets.add(Targets.store(exprs.expr(list.getChild(i)), Targets.Use.DEL));
    }
    return new Stmt.Delete(targets, span);
  }

  private Stmt exprStmt(PythonParser.Expr_stmtContext c) {
    Span span = pos.span(c);
    int n = c.getChildCount();
    ParseTree first = c.getChild(0);
    if (n == 1) {
      return new Stmt.Expr(exprs.expr(first), span);
    }
    ParseTree second = c.getChild(1);
    if (second instanceof PythonParser.AnnassignContext ann) {
      ParserRuleContext targetCtx = (ParserRuleContext) first;
      Expr target = Targets.store(exprs.expr(first), Targets.Use.ANN);
      int simple = target instanceof Expr.Name && targetCtx.start.getType() != PythonLexer.OPEN_PAREN ? 1 : 0;
      Expr annotation = exprs.expr(ann.getChild(1));
      Expr value = ann.getChildCount() > 2 ? exprs.expr(ann.getChild(3)) : null;
      return new Stmt.AnnAssign(target, annotation, value, simple, span);
    }
    if (second instanceof PythonParser.AugassignContext aug) {
      Expr target = Targets.store(exprs.expr(first), Targets.Use.AUG);
      return new Stmt.AugAssign(target, ExpressionBuilder.binaryOperator(aug.start.getType()), exprs.expr(c.getChild(2)), span);
    }
    List<Expr> targets = new ArrayList<>();
    Targets.Use use = n > 3 ? Targets.Use.ASSIGN_CHAIN : Targets.Use.ASSIGN;
    for (int i = 0; i < n - 1; i += 2) {
      targets.add(Targets.store(exprs.expr(c.getChild(i)), use));
    }
    return new Stmt.Assign(targets, exprs.expr(c.getChild(n - 1)), null, span);
  }

  private Stmt importStmt(PythonParser.Import_stmtContext c, Span span) {
    ParseTree inner = c.getChild(0);
    List<Alias> names = new ArrayList<>();
    if (inner instanceof PythonParser.Import_nameContext in) {
      for (int i = 1; i < in.getChildCount(); i += 2) {
        PythonParser.Dotted_as_nameContext d = (PythonParser.Dotted_as_nameContext) in.getChild(i);
        String asname = d.getChildCount() > 1 ? exprs.name((PythonParser.NameContext) d.getChild(2)) : null;
        names.add(new Alias(dotted((ParserRuleContext) d.getChild(0)), asname, pos.span(d)));
      }
      return new Stmt.Import(names, span);
    }
    ParserRuleContext f = (ParserRuleContext) inner;
    int level = 0;
    String module = null;
    int i = 1;
    for (; i < f.getChildCount(); i++) {
      ParseTree ch = f.getChild(i);
      if (ExpressionBuilder.isToken(ch, PythonLexer.DOT)) {
        level++;
      } else if (ExpressionBuilder.isToken(ch, PythonLexer.ELLIPSIS)) {
        level += 3;
      } else if (ch instanceof PythonParser.Dotted_nameContext d) {
        module = dotted(d);
      } else {
        break;
      }
    }
    i++;
    ParseTree what = f.getChild(i);
    if (ExpressionBuilder.isToken(what, PythonLexer.STAR)) {
      names.add(new Alias("*", null, pos.at(((TerminalNode) what).getSymbol())));
    } else {
      ParserRuleContext list = (ParserRuleContext) (what instanceof TerminalNode ? f.getChild(i + 1) : what);
      for (int k = 0; k < list.getChildCount(); k += 2) {
        ParserRuleContext a = (ParserRuleContext) list.getChild(k);
        String asname = a.getChildCount() > 1 ? exprs.name((PythonParser.NameContext) a.getChild(2)) : null;
        names.add(new Alias(exprs.name((PythonParser.NameContext) a.getChild(0)), asname, pos.span(a)));
      }
    }
    return new Stmt.ImportFrom(module, names, level, span);
  }

  private String dotted(ParserRuleContext d) {
    if (d.getChildCount() == 1) {
      return exprs.name((PythonParser.NameContext) d.getChild(0));
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < d.getChildCount(); i += 2) {
      if (i > 0) {
        sb.append('.');
      }
      sb.append(exprs.name((PythonParser.NameContext) d.getChild(i)));
    }
    return sb.toString();
  }

  private Stmt typeAlias(PythonParser.Type_aliasContext t, Span span) {
    PythonParser.NameContext n = (PythonParser.NameContext) t.getChild(1);
    // The type statement is Python 3.12 syntax; CPython 3.11 reads `type` as a name and
    // stops at the next one.
    rejectPython312Syntax("invalid syntax", pos.span(n.start, n.start));
    Expr name = new Expr.Name(exprs.name(n), ExprContext.Store, pos.span(n));
    List<TypeParam> params = t.getChild(2) instanceof PythonParser.Type_paramsContext tp ? typeParams(tp) : List.of();
    return new Stmt.TypeAlias(name, params, exprs.expr(t.getChild(t.getChildCount() - 1)), span);
  }

  /**
   * Rejects syntax that Python 3.12 added (PEP 695) when reading 3.11, as CPython 3.11 does:
   * programs run on 3.11 semantics and Pyodide 0.25's Python is 3.11, so accepting it would
   * defer the error to run time.
   */
  private void rejectPython312Syntax(String message, Span at) {
    if (version == LanguageVersion.PYTHON_3_11) {
      throw new SyntaxErrorException(message, at);
    }
  }

  private List<TypeParam> typeParams(PythonParser.Type_paramsContext c) {
    List<TypeParam> out = new ArrayList<>();
    for (int i = 1; i < c.getChildCount() - 1; i += 2) {
      ParserRuleContext p = (ParserRuleContext) c.getChild(i);
      Span span = pos.span(p);
      int first = p.start.getType();
      if (first == PythonLexer.STAR && p.getChild(0) instanceof TerminalNode) {
        out.add(new TypeParam.TypeVarTuple(exprs.name((PythonParser.NameContext) p.getChild(1)), span));
      } else if (first == PythonLexer.POWER && p.getChild(0) instanceof TerminalNode) {
        out.add(new TypeParam.ParamSpec(exprs.name((PythonParser.NameContext) p.getChild(1)), span));
      } else {
        Expr bound = p.getChildCount() > 1 ? exprs.expr(p.getChild(2)) : null;
        out.add(new TypeParam.TypeVar(exprs.name((PythonParser.NameContext) p.getChild(0)), bound, span));
      }
    }
    return out;
  }

  private Stmt compound(PythonParser.Compound_stmtContext c) {
    ParseTree ch = c.getChild(0);
    return switch (ch) {
      case PythonParser.If_stmtContext s -> ifStmt(s);
      case PythonParser.While_stmtContext s -> whileStmt(s);
      case PythonParser.For_stmtContext s -> forStmt(s, null);
      case PythonParser.Try_stmtContext s -> tryStmt(s);
      case PythonParser.With_stmtContext s -> withStmt(s, null);
      case PythonParser.FuncdefContext s -> funcdef(s, List.of(), null);
      case PythonParser.ClassdefContext s -> classdef(s, List.of());
      case PythonParser.DecoratedContext s -> decorated(s);
      case PythonParser.Async_stmtContext s -> asyncStmt(s);
      case PythonParser.Match_stmtContext s -> matchStmt(s);
      default -> throw new IllegalStateException("compound statement " + ch.getClass().getSimpleName());
    };
  }

  private Stmt asyncStmt(PythonParser.Async_stmtContext s) {
    Token async = s.start;
    return switch (s.getChild(1)) {
      case PythonParser.FuncdefContext f -> funcdef(f, List.of(), async);
      case PythonParser.With_stmtContext w -> withStmt(w, async);
      case PythonParser.For_stmtContext f -> forStmt(f, async);
      default -> throw new IllegalStateException("async statement");
    };
  }

  private Stmt decorated(PythonParser.DecoratedContext s) {
    List<Expr> decorators = new ArrayList<>();
    int i = 0;
    while (s.getChild(i) instanceof PythonParser.DecoratorContext d) {
      decorators.add(exprs.expr(d.getChild(1)));
      i++;
    }
    return switch (s.getChild(i)) {
      case PythonParser.ClassdefContext c -> classdef(c, decorators);
      case PythonParser.FuncdefContext f -> funcdef(f, decorators, null);
      case PythonParser.Async_funcdefContext a -> funcdef((PythonParser.FuncdefContext) a.getChild(1), decorators, a.start);
      default -> throw new IllegalStateException("decorated");
    };
  }

  private Stmt funcdef(PythonParser.FuncdefContext f, List<Expr> decorators, Token async) {
    String name = exprs.name((PythonParser.NameContext) f.getChild(1));
    int i = 2;
    List<TypeParam> typeParams = List.of();
    if (f.getChild(i) instanceof PythonParser.Type_paramsContext tp) {
      // Type parameter lists are Python 3.12 syntax: 3.11 expects the parameter list.
      rejectPython312Syntax("expected '('", pos.span(tp.start, tp.start));
      typeParams = typeParams(tp);
      i++;
    }
    i++;
    Arguments args = ParametersBuilder.EMPTY;
    if (f.getChild(i) instanceof PythonParser.TypedargslistContext tl) {
      args = new ParametersBuilder(exprs).functionParameters(tl);
      i++;
    }
    i++;
    Expr returns = null;
    if (ExpressionBuilder.isToken(f.getChild(i), PythonLexer.ARROW)) {
      returns = exprs.expr(f.getChild(i + 1));
      i += 2;
    }
    List<Stmt> body = block((PythonParser.BlockContext) f.getChild(i + 1));
    Token start = async != null ? async : f.start;
    Span span = end(start, pos, body);
    return async != null
        ? new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, null, typeParams, span)
        : new Stmt.FunctionDef(name, args, body, decorators, returns, null, typeParams, span);
  }

  private Stmt classdef(PythonParser.ClassdefContext c, List<Expr> decorators) {
    String name = exprs.name((PythonParser.NameContext) c.getChild(1));
    int i = 2;
    List<TypeParam> typeParams = List.of();
    if (c.getChild(i) instanceof PythonParser.Type_paramsContext tp) {
      rejectPython312Syntax("invalid syntax", pos.span(tp.start, tp.start));
      typeParams = typeParams(tp);
      i++;
    }
    List<Expr> bases = List.of();
    List<Keyword> keywords = List.of();
    if (ExpressionBuilder.isToken(c.getChild(i), PythonLexer.OPEN_PAREN)) {
      int close = i + 1;
      while (!ExpressionBuilder.isToken(c.getChild(close), PythonLexer.CLOSE_PAREN)) {
        close++;
      }
      if (close == i + 2) {
        ParserRuleContext list = (ParserRuleContext) c.getChild(i + 1);
        for (int k = 0; k < list.getChildCount(); k += 2) {
          if (list.getChild(k).getChildCount() == 2 && list.getChild(k).getChild(1) instanceof PythonParser.Comp_forContext cf) {
            throw new SyntaxErrorException("invalid syntax", pos.at(cf.start));
          }
        }
      }
      // Reuse the call builder: a class's argument list is a call's.
      ParserRuleContext trailer = new PythonParser.TrailerContext(null, 0);
      for (int k = i; k <= close; k++) {
        trailer.addAnyChild(c.getChild(k));
      }
      trailer.start = ((TerminalNode) c.getChild(i)).getSymbol();
      trailer.stop = ((TerminalNode) c.getChild(close)).getSymbol();
      Expr.Call call = (Expr.Call) exprs.callOf(new Expr.Name("", ExprContext.Load, Span.NONE), (PythonParser.TrailerContext) trailer);
      bases = call.args();
      keywords = call.keywords();
      i = close + 1;
    }
    List<Stmt> body = block((PythonParser.BlockContext) c.getChild(i + 1));
    return new Stmt.ClassDef(name, bases, keywords, body, decorators, typeParams, end(c.start, pos, body));
  }

  private Stmt ifStmt(PythonParser.If_stmtContext s) {
    Expr test = exprs.expr(s.getChild(1));
    List<Stmt> body = block((PythonParser.BlockContext) s.getChild(3));
    int n = s.getChildCount();
    List<Stmt> orelse = List.of();
    int last = n - 1;
    if (s.getChild(last) instanceof PythonParser.Else_clauseContext e) {
      orelse = block((PythonParser.BlockContext) e.getChild(2));
      last--;
    }
    for (int i = last; i >= 4; i--) {
      PythonParser.Elif_clauseContext el = (PythonParser.Elif_clauseContext) s.getChild(i);
      List<Stmt> elBody = block((PythonParser.BlockContext) el.getChild(3));
      List<Stmt> tail = orelse.isEmpty() ? elBody : orelse;
      Stmt nested = new Stmt.If(exprs.expr(el.getChild(1)), elBody, orelse, end(el.start, pos, tail));
      orelse = List.of(nested);
    }
    return new Stmt.If(test, body, orelse, end(s.start, pos, orelse.isEmpty() ? body : orelse));
  }

  private Stmt whileStmt(PythonParser.While_stmtContext s) {
    Expr test = exprs.expr(s.getChild(1));
    List<Stmt> body = block((PythonParser.BlockContext) s.getChild(3));
    List<Stmt> orelse = s.getChildCount() > 4 ? block((PythonParser.BlockContext) s.getChild(4).getChild(2)) : List.of();
    return new Stmt.While(test, body, orelse, end(s.start, pos, orelse.isEmpty() ? body : orelse));
  }

  private Stmt forStmt(PythonParser.For_stmtContext s, Token async) {
    Expr target = Targets.store(exprs.expr(s.getChild(1)), Targets.Use.FOR);
    Expr iter = exprs.expr(s.getChild(3));
    List<Stmt> body = block((PythonParser.BlockContext) s.getChild(5));
    List<Stmt> orelse = s.getChildCount() > 6 ? block((PythonParser.BlockContext) s.getChild(6).getChild(2)) : List.of();
    Span span = end(async != null ? async : s.start, pos, orelse.isEmpty() ? body : orelse);
    return async != null
        ? new Stmt.AsyncFor(target, iter, body, orelse, null, span)
        : new Stmt.For(target, iter, body, orelse, null, span);
  }

  private Stmt tryStmt(PythonParser.Try_stmtContext s) {
    List<Stmt> body = block((PythonParser.BlockContext) s.getChild(2));
    List<ExceptHandler> handlers = new ArrayList<>();
    List<Stmt> orelse = List.of();
    List<Stmt> finalbody = List.of();
    boolean star = false;
    boolean plain = false;
    List<Stmt> last = body;
    for (int i = 3; i < s.getChildCount(); i++) {
      ParseTree ch = s.getChild(i);
      if (ch instanceof PythonParser.Except_clauseContext e) {
        int k = 1;
        if (ExpressionBuilder.isToken(e.getChild(1), PythonLexer.STAR)) {
          star = true;
          k = 2;
        } else {
          plain = true;
        }
        if (star && plain) {
          throw new SyntaxErrorException("cannot have both 'except' and 'except*' on the same 'try'", pos.span(e));
        }
        Expr type = null;
        String name = null;
        if (!ExpressionBuilder.isToken(e.getChild(k), PythonLexer.COLON)) {
          type = exprs.expr(e.getChild(k));
          k++;
          if (ExpressionBuilder.isToken(e.getChild(k), PythonLexer.AS)) {
            name = exprs.name((PythonParser.NameContext) e.getChild(k + 1));
            k += 2;
          }
        } else if (k == 2) {
          throw new SyntaxErrorException("expected one or more exception types", pos.span(e));
        }
        List<Stmt> hb = block((PythonParser.BlockContext) e.getChild(k + 1));
        handlers.add(new ExceptHandler(type, name, hb, end(e.start, pos, hb)));
        last = hb;
      } else if (ch instanceof PythonParser.Else_clauseContext e) {
        orelse = block((PythonParser.BlockContext) e.getChild(2));
        last = orelse;
      } else if (ch instanceof PythonParser.Finally_clauseContext f) {
        finalbody = block((PythonParser.BlockContext) f.getChild(2));
        last = finalbody;
      }
    }
    Span span = end(s.start, pos, last);
    return star
        ? new Stmt.TryStar(body, handlers, orelse, finalbody, span)
        : new Stmt.Try(body, handlers, orelse, finalbody, span);
  }

  private Stmt withStmt(PythonParser.With_stmtContext s, Token async) {
    List<WithItem> items = new ArrayList<>();
    PythonParser.BlockContext blockCtx = null;
    for (ParseTree ch : s.children) {
      if (ch instanceof PythonParser.With_itemContext w) {
        Expr ctx = exprs.expr(w.getChild(0));
        Expr vars = w.getChildCount() > 1 ? Targets.store(exprs.expr(w.getChild(2)), Targets.Use.WITH) : null;
        items.add(new WithItem(ctx, vars));
      } else if (ch instanceof PythonParser.BlockContext b) {
        blockCtx = b;
      }
    }
    List<Stmt> body = block(blockCtx);
    Span span = end(async != null ? async : s.start, pos, body);
    return async != null ? new Stmt.AsyncWith(items, body, null, span) : new Stmt.With(items, body, null, span);
  }

  private Stmt matchStmt(PythonParser.Match_stmtContext s) {
    Expr subject = exprs.expr(s.getChild(1));
    PatternBuilder patterns = new PatternBuilder(exprs);
    List<MatchCase> cases = new ArrayList<>();
    List<Stmt> last = null;
    for (int i = 5; i < s.getChildCount() - 1; i++) {
      PythonParser.Case_blockContext cb = (PythonParser.Case_blockContext) s.getChild(i);
      var pattern = patterns.patterns((PythonParser.PatternsContext) cb.getChild(1));
      Expr guard = ExpressionBuilder.isToken(cb.getChild(2), PythonLexer.IF) ? exprs.expr(cb.getChild(3)) : null;
      last = block((PythonParser.BlockContext) cb.getChild(cb.getChildCount() - 1));
      cases.add(new MatchCase(pattern, guard, last));
    }
    return new Stmt.Match(subject, cases, end(s.start, pos, last));
  }
}
