package dev.taipan.frontend.unparse;

import static dev.taipan.frontend.unparse.Precedence.*;

import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.ExceptHandler;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Keyword;
import dev.taipan.frontend.ast.MatchCase;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Pattern;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.ast.TypeParam;
import dev.taipan.frontend.ast.WithItem;
import java.util.List;

/**
 * Turns an AST back into Python source that parses to the same tree, as CPython's
 * {@code ast.unparse} does: four-space indentation, parentheses only where precedence needs them.
 */
public final class Unparser {
  private final StringBuilder out = new StringBuilder();
  private final ExprUnparser exprs = new ExprUnparser(out);
  private int indent;

  private Unparser() {}

  /** The source of a module, one statement per line, ending with a newline when not empty. */
  public static String unparse(Mod.Module module) {
    Unparser u = new Unparser();
    u.body(module.body());
    return u.out.toString();
  }

  /** The source of one expression, without enclosing parentheses unless a tuple needs them. */
  public static String unparse(Expr e) {
    Unparser u = new Unparser();
    u.exprs.expr(e, TUPLE);
    return u.out.toString();
  }

  private void body(List<Stmt> stmts) {
    for (Stmt s : stmts) {
      stmt(s);
    }
  }

  private void line(String text) {
    out.append("    ".repeat(indent)).append(text);
  }

  private void start() {
    out.append("    ".repeat(indent));
  }

  private void end() {
    out.append('\n');
  }

  private void block(List<Stmt> stmts) {
    out.append(":\n");
    indent++;
    body(stmts);
    indent--;
  }

  private void e(Expr e, int ctx) {
    exprs.expr(e, ctx);
  }

  private void stmt(Stmt s) {
    switch (s) {
      case Stmt.FunctionDef f -> function(f.decoratorList(), "def ", f.name(), f.typeParams(), f.args(), f.returns(), f.body());
      case Stmt.AsyncFunctionDef f ->
          function(f.decoratorList(), "async def ", f.name(), f.typeParams(), f.args(), f.returns(), f.body());
      case Stmt.ClassDef c -> classDef(c);
      case Stmt.TypeAlias t -> {
        start();
        out.append("type ");
        e(t.name(), ATOM);
        typeParams(t.typeParams());
        out.append(" = ");
        e(t.value(), TEST);
        end();
      }
      case Stmt.Return r -> {
        start();
        out.append("return");
        if (r.value() != null) {
          out.append(' ');
          e(r.value(), TUPLE);
        }
        end();
      }
      case Stmt.Delete d -> {
        start();
        out.append("del ");
        commaSeparated(d.targets(), TEST);
        end();
      }
      case Stmt.Assign a -> {
        start();
        for (Expr t : a.targets()) {
          e(t, TUPLE);
          out.append(" = ");
        }
        e(a.value(), YIELD);
        end();
      }
      case Stmt.AugAssign a -> {
        start();
        e(a.target(), TEST);
        out.append(' ').append(ExprUnparser.symbol(a.op())).append("= ");
        e(a.value(), YIELD);
        end();
      }
      case Stmt.AnnAssign a -> {
        start();
        boolean parens = a.simple() == 0 && a.target() instanceof Expr.Name;
        out.append(parens ? "(" : "");
        e(a.target(), TEST);
        out.append(parens ? ")" : "").append(": ");
        e(a.annotation(), TEST);
        if (a.value() != null) {
          out.append(" = ");
          e(a.value(), YIELD);
        }
        end();
      }
      case Stmt.For f -> forLoop("for ", f.target(), f.iter(), f.body(), f.orelse());
      case Stmt.AsyncFor f -> forLoop("async for ", f.target(), f.iter(), f.body(), f.orelse());
      case Stmt.While w -> {
        start();
        out.append("while ");
        e(w.test(), TEST);
        block(w.body());
        orelse(w.orelse());
      }
      case Stmt.If i -> ifChain(i, "if ");
      case Stmt.With w -> with("with ", w.items(), w.body());
      case Stmt.AsyncWith w -> with("async with ", w.items(), w.body());
      case Stmt.Match m -> match(m);
      case Stmt.Raise r -> {
        start();
        out.append("raise");
        if (r.exc() != null) {
          out.append(' ');
          e(r.exc(), TEST);
          if (r.cause() != null) {
            out.append(" from ");
            e(r.cause(), TEST);
          }
        }
        end();
      }
      case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), "except");
      case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), "except*");
      case Stmt.Assert a -> {
        start();
        out.append("assert ");
        e(a.test(), TEST);
        if (a.msg() != null) {
          out.append(", ");
          e(a.msg(), TEST);
        }
        end();
      }
      case Stmt.Import i -> {
        start();
        out.append("import ");
        aliases(i.names());
        end();
      }
      case Stmt.ImportFrom i -> {
        start();
        out.append("from ").append(".".repeat(i.level() == null ? 0 : i.level()));
        if (i.module() != null) {
          out.append(i.module());
        }
        out.append(" import ");
        aliases(i.names());
        end();
      }
      case Stmt.Global g -> line("global " + String.join(", ", g.names()) + "\n");
      case Stmt.Nonlocal n -> line("nonlocal " + String.join(", ", n.names()) + "\n");
      case Stmt.Expr x -> {
        start();
        e(x.value(), YIELD);
        end();
      }
      case Stmt.Pass p -> line("pass\n");
      case Stmt.Break b -> line("break\n");
      case Stmt.Continue c -> line("continue\n");
    }
  }

  private void commaSeparated(List<Expr> items, int ctx) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      e(items.get(i), ctx);
    }
  }

  private void aliases(List<Alias> names) {
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      Alias a = names.get(i);
      out.append(a.name());
      if (a.asname() != null) {
        out.append(" as ").append(a.asname());
      }
    }
  }

  private void decorators(List<Expr> decorators) {
    for (Expr d : decorators) {
      start();
      out.append('@');
      e(d, TEST);
      end();
    }
  }

  private void function(
      List<Expr> decorators,
      String keyword,
      String name,
      List<TypeParam> typeParams,
      dev.taipan.frontend.ast.Arguments args,
      Expr returns,
      List<Stmt> body) {
    decorators(decorators);
    start();
    out.append(keyword).append(name);
    typeParams(typeParams);
    out.append('(');
    exprs.arguments(args, true);
    out.append(')');
    if (returns != null) {
      out.append(" -> ");
      e(returns, TEST);
    }
    block(body);
  }

  private void classDef(Stmt.ClassDef c) {
    decorators(c.decoratorList());
    start();
    out.append("class ").append(c.name());
    typeParams(c.typeParams());
    if (!c.bases().isEmpty() || !c.keywords().isEmpty()) {
      out.append('(');
      commaSeparated(c.bases(), TEST);
      boolean first = c.bases().isEmpty();
      for (Keyword k : c.keywords()) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        exprs.keyword(k);
      }
      out.append(')');
    }
    block(c.body());
  }

  private void typeParams(List<TypeParam> params) {
    if (params == null || params.isEmpty()) {
      return;
    }
    out.append('[');
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      switch (params.get(i)) {
        case TypeParam.TypeVar v -> {
          out.append(v.name());
          if (v.bound() != null) {
            out.append(": ");
            e(v.bound(), TEST);
          }
        }
        case TypeParam.TypeVarTuple v -> out.append('*').append(v.name());
        case TypeParam.ParamSpec v -> out.append("**").append(v.name());
      }
    }
    out.append(']');
  }

  private void forLoop(String keyword, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) {
    start();
    out.append(keyword);
    e(target, TUPLE);
    out.append(" in ");
    e(iter, TUPLE);
    block(body);
    orelse(orelse);
  }

  private void orelse(List<Stmt> orelse) {
    if (!orelse.isEmpty()) {
      line("else");
      block(orelse);
    }
  }

  private void ifChain(Stmt.If i, String keyword) {
    start();
    out.append(keyword);
    e(i.test(), TEST);
    block(i.body());
    if (i.orelse().size() == 1 && i.orelse().get(0) instanceof Stmt.If elif) {
      ifChain(elif, "elif ");
    } else {
      orelse(i.orelse());
    }
  }

  private void with(String keyword, List<WithItem> items, List<Stmt> body) {
    start();
    out.append(keyword);
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      // "with (a, b):" is CPython's parenthesised item list, so a tuple item needs its own parentheses.
      boolean tuple = items.get(i).contextExpr() instanceof Expr.Tuple;
      out.append(tuple ? "(" : "");
      e(items.get(i).contextExpr(), TEST);
      out.append(tuple ? ")" : "");
      if (items.get(i).optionalVars() != null) {
        out.append(" as ");
        e(items.get(i).optionalVars(), TEST);
      }
    }
    block(body);
  }

  private void tryStmt(
      List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, String except) {
    line("try");
    block(body);
    for (ExceptHandler h : handlers) {
      start();
      out.append(except);
      if (h.type() != null) {
        out.append(' ');
        e(h.type(), TEST);
        if (h.name() != null) {
          out.append(" as ").append(h.name());
        }
      }
      block(h.body());
    }
    orelse(orelse);
    if (!finalbody.isEmpty()) {
      line("finally");
      block(finalbody);
    }
  }

  private void match(Stmt.Match m) {
    start();
    out.append("match ");
    e(m.subject(), TUPLE);
    out.append(":\n");
    indent++;
    for (MatchCase c : m.cases()) {
      start();
      out.append("case ");
      pattern(c.pattern());
      if (c.guard() != null) {
        out.append(" if ");
        e(c.guard(), TEST);
      }
      block(c.body());
    }
    indent--;
  }

  private void pattern(Pattern p) {
    switch (p) {
      case Pattern.MatchValue v -> e(v.value(), TEST);
      case Pattern.MatchSingleton s -> out.append(PythonLiterals.constant(s.value()));
      case Pattern.MatchSequence s -> {
        out.append('[');
        patterns(s.patterns());
        out.append(']');
      }
      case Pattern.MatchStar s -> out.append('*').append(s.name() == null ? "_" : s.name());
      case Pattern.MatchMapping m -> {
        out.append('{');
        for (int i = 0; i < m.keys().size(); i++) {
          if (i > 0) {
            out.append(", ");
          }
          e(m.keys().get(i), TEST);
          out.append(": ");
          pattern(m.patterns().get(i));
        }
        if (m.rest() != null) {
          out.append(m.keys().isEmpty() ? "**" : ", **").append(m.rest());
        }
        out.append('}');
      }
      case Pattern.MatchClass c -> {
        e(c.cls(), ATOM);
        out.append('(');
        patterns(c.patterns());
        for (int i = 0; i < c.kwdAttrs().size(); i++) {
          if (i > 0 || !c.patterns().isEmpty()) {
            out.append(", ");
          }
          out.append(c.kwdAttrs().get(i)).append('=');
          pattern(c.kwdPatterns().get(i));
        }
        out.append(')');
      }
      case Pattern.MatchAs a -> {
        if (a.pattern() == null) {
          out.append(a.name() == null ? "_" : a.name());
        } else {
          boolean parens = a.pattern() instanceof Pattern.MatchAs inner && inner.pattern() != null;
          out.append(parens ? "(" : "");
          pattern(a.pattern());
          out.append(parens ? ")" : "").append(" as ").append(a.name());
        }
      }
      case Pattern.MatchOr o -> {
        for (int i = 0; i < o.patterns().size(); i++) {
          if (i > 0) {
            out.append(" | ");
          }
          Pattern alt = o.patterns().get(i);
          boolean parens = alt instanceof Pattern.MatchOr || (alt instanceof Pattern.MatchAs a && a.pattern() != null);
          out.append(parens ? "(" : "");
          pattern(alt);
          out.append(parens ? ")" : "");
        }
      }
    }
  }

  private void patterns(List<Pattern> ps) {
    for (int i = 0; i < ps.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      pattern(ps.get(i));
    }
  }
}
