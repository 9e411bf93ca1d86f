package dev.taipan.frontend.dump;

import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.Arg;
import dev.taipan.frontend.ast.Arguments;
import dev.taipan.frontend.ast.Comprehension;
import dev.taipan.frontend.ast.ExceptHandler;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Keyword;
import dev.taipan.frontend.ast.MatchCase;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Pattern;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.ast.TypeIgnore;
import dev.taipan.frontend.ast.TypeParam;
import dev.taipan.frontend.ast.WithItem;
import java.util.List;

/**
 * Prints a tree exactly as CPython 3.11's {@code ast.dump(tree)} (or with
 * {@code include_attributes=True}) does, so CPython can serve as the test oracle.
 */
public final class AstDump {
  private final StringBuilder out = new StringBuilder();
  private final boolean attributes;

  private AstDump(boolean attributes) {
    this.attributes = attributes;
  }

  public static String dump(Mod module, boolean includeAttributes) {
    return withDeepStack(() -> {
      AstDump d = new AstDump(includeAttributes);
      d.mod(module);
      return d.out.toString();
    });
  }

  /** Runs a recursive print; trees too deep for the caller's stack are printed on a thread with a large one. */
  private static String withDeepStack(java.util.function.Supplier<String> print) {
    try {
      return print.get();
    } catch (StackOverflowError e) {
      String[] result = new String[1];
      Thread t = new Thread(null, () -> result[0] = print.get(), "taipan-ast-dump", 1L << 30);
      t.start();
      try {
        t.join();
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while printing a deep tree", ie);
      }
      if (result[0] == null) {
        throw new IllegalStateException("tree too deep to print");
      }
      return result[0];
    }
  }

  public static String dump(Expr expr, boolean includeAttributes) {
    AstDump d = new AstDump(includeAttributes);
    d.expr(expr);
    return d.out.toString();
  }

  public static String dump(Stmt stmt, boolean includeAttributes) {
    AstDump d = new AstDump(includeAttributes);
    d.stmt(stmt);
    return d.out.toString();
  }

  /** Writes one node: {@code Name(field=value, ...)}; fields are added by the caller between open and close. */
  private final class Node {
    private boolean first = true;

    Node(String name) {
      out.append(name).append('(');
    }

    Node field(String name) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      out.append(name).append('=');
      return this;
    }

    Node expr(String name, Expr e) {
      if (e != null) {
        field(name);
        AstDump.this.expr(e);
      }
      return this;
    }

    Node exprs(String name, List<Expr> es) {
      field(name);
      out.append('[');
      for (int i = 0; i < es.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        Expr e = es.get(i);
        if (e == null) {
          out.append("None");
        } else {
          AstDump.this.expr(e);
        }
      }
      out.append(']');
      return this;
    }

    Node stmts(String name, List<Stmt> ss) {
      field(name);
      out.append('[');
      for (int i = 0; i < ss.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        stmt(ss.get(i));
      }
      out.append(']');
      return this;
    }

    Node str(String name, String s) {
      if (s != null) {
        field(name);
        out.append(PyRepr.str(s));
      }
      return this;
    }

    Node strs(String name, List<String> ss) {
      field(name);
      out.append('[');
      for (int i = 0; i < ss.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        out.append(PyRepr.str(ss.get(i)));
      }
      out.append(']');
      return this;
    }

    Node raw(String name, String text) {
      field(name);
      out.append(text);
      return this;
    }

    <T> Node list(String name, List<T> items, java.util.function.Consumer<T> each) {
      field(name);
      out.append('[');
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        each.accept(items.get(i));
      }
      out.append(']');
      return this;
    }

    Node args(Arguments a) {
      arguments(a);
      return this;
    }

    Node arg(String name, Arg a) {
      if (a != null) {
        field(name);
        AstDump.this.arg(a);
      }
      return this;
    }

    Node typeParams(List<TypeParam> ps) {
      return ps.isEmpty() ? this : list("type_params", ps, AstDump.this::typeParam);
    }

    void end(Span span) {
      if (attributes && span != null) {
        raw("lineno", Integer.toString(span.lineno()));
        raw("col_offset", Integer.toString(span.colOffset()));
        raw("end_lineno", Integer.toString(span.endLineno()));
        raw("end_col_offset", Integer.toString(span.endColOffset()));
      }
      out.append(')');
    }

    void end() {
      out.append(')');
    }
  }

  private void mod(Mod m) {
    switch (m) {
      case Mod.Module x -> new Node("Module").stmts("body", x.body()).list("type_ignores", x.typeIgnores(), this::typeIgnore).end();
      case Mod.Interactive x -> new Node("Interactive").stmts("body", x.body()).end();
      case Mod.Expression x -> new Node("Expression").expr("body", x.body()).end();
      case Mod.FunctionType x -> new Node("FunctionType").exprs("argtypes", x.argtypes()).expr("returns", x.returns()).end();
    }
  }

  private void typeIgnore(TypeIgnore t) {
    new Node("TypeIgnore").raw("lineno", Integer.toString(t.lineno())).str("tag", t.tag()).end();
  }

  private void stmt(Stmt s) {
    switch (s) {
      case Stmt.FunctionDef x -> new Node("FunctionDef").str("name", x.name()).raw("args", "").args(x.args())
          .stmts("body", x.body()).exprs("decorator_list", x.decoratorList()).expr("returns", x.returns())
          .str("type_comment", x.typeComment()).typeParams(x.typeParams()).end(x.span());
      case Stmt.AsyncFunctionDef x -> new Node("AsyncFunctionDef").str("name", x.name()).raw("args", "").args(x.args())
          .stmts("body", x.body()).exprs("decorator_list", x.decoratorList()).expr("returns", x.returns())
          .str("type_comment", x.typeComment()).typeParams(x.typeParams()).end(x.span());
      case Stmt.ClassDef x -> new Node("ClassDef").str("name", x.name()).exprs("bases", x.bases())
          .list("keywords", x.keywords(), this::keyword).stmts("body", x.body()).exprs("decorator_list", x.decoratorList())
          .typeParams(x.typeParams()).end(x.span());
      case Stmt.TypeAlias x -> new Node("TypeAlias").expr("name", x.name()).list("type_params", x.typeParams(), this::typeParam)
          .expr("value", x.value()).end(x.span());
      case Stmt.Return x -> new Node("Return").expr("value", x.value()).end(x.span());
      case Stmt.Delete x -> new Node("Delete").exprs("targets", x.targets()).end(x.span());
      case Stmt.Assign x -> new Node("Assign").exprs("targets", x.targets()).expr("value", x.value())
          .str("type_comment", x.typeComment()).end(x.span());
      case Stmt.AugAssign x -> new Node("AugAssign").expr("target", x.target()).raw("op", x.op().name() + "()")
          .expr("value", x.value()).end(x.span());
      case Stmt.AnnAssign x -> new Node("AnnAssign").expr("target", x.target()).expr("annotation", x.annotation())
          .expr("value", x.value()).raw("simple", Integer.toString(x.simple())).end(x.span());
      case Stmt.For x -> new Node("For").expr("target", x.target()).expr("iter", x.iter()).stmts("body", x.body())
          .stmts("orelse", x.orelse()).str("type_comment", x.typeComment()).end(x.span());
      case Stmt.AsyncFor x -> new Node("AsyncFor").expr("target", x.target()).expr("iter", x.iter()).stmts("body", x.body())
          .stmts("orelse", x.orelse()).str("type_comment", x.typeComment()).end(x.span());
      case Stmt.While x -> new Node("While").expr("test", x.test()).stmts("body", x.body()).stmts("orelse", x.orelse()).end(x.span());
      case Stmt.If x -> new Node("If").expr("test", x.test()).stmts("body", x.body()).stmts("orelse", x.orelse()).end(x.span());
      case Stmt.With x -> new Node("With").list("items", x.items(), this::withItem).stmts("body", x.body())
          .str("type_comment", x.typeComment()).end(x.span());
      case Stmt.AsyncWith x -> new Node("AsyncWith").list("items", x.items(), this::withItem).stmts("body", x.body())
          .str("type_comment", x.typeComment()).end(x.span());
      case Stmt.Match x -> new Node("Match").expr("subject", x.subject()).list("cases", x.cases(), this::matchCase).end(x.span());
      case Stmt.Raise x -> new Node("Raise").expr("exc", x.exc()).expr("cause", x.cause()).end(x.span());
      case Stmt.Try x -> new Node("Try").stmts("body", x.body()).list("handlers", x.handlers(), this::handler)
          .stmts("orelse", x.orelse()).stmts("finalbody", x.finalbody()).end(x.span());
      case Stmt.TryStar x -> new Node("TryStar").stmts("body", x.body()).list("handlers", x.handlers(), this::handler)
          .stmts("orelse", x.orelse()).stmts("finalbody", x.finalbody()).end(x.span());
      case Stmt.Assert x -> new Node("Assert").expr("test", x.test()).expr("msg", x.msg()).end(x.span());
      case Stmt.Import x -> new Node("Import").list("names", x.names(), this::alias).end(x.span());
      case Stmt.ImportFrom x -> {
        Node n = new Node("ImportFrom").str("module", x.module()).list("names", x.names(), this::alias);
        if (x.level() != null) {
          n.raw("level", x.level().toString());
        }
        n.end(x.span());
      }
      case Stmt.Global x -> new Node("Global").strs("names", x.names()).end(x.span());
      case Stmt.Nonlocal x -> new Node("Nonlocal").strs("names", x.names()).end(x.span());
      case Stmt.Expr x -> new Node("Expr").expr("value", x.value()).end(x.span());
      case Stmt.Pass x -> new Node("Pass").end(x.span());
      case Stmt.Break x -> new Node("Break").end(x.span());
      case Stmt.Continue x -> new Node("Continue").end(x.span());
    }
  }

  private void expr(Expr e) {
    switch (e) {
      case Expr.BoolOp x -> new Node("BoolOp").raw("op", x.op().name() + "()").exprs("values", x.values()).end(x.span());
      case Expr.NamedExpr x -> new Node("NamedExpr").expr("target", x.target()).expr("value", x.value()).end(x.span());
      case Expr.BinOp x -> new Node("BinOp").expr("left", x.left()).raw("op", x.op().name() + "()").expr("right", x.right()).end(x.span());
      case Expr.UnaryOp x -> new Node("UnaryOp").raw("op", x.op().name() + "()").expr("operand", x.operand()).end(x.span());
      case Expr.Lambda x -> new Node("Lambda").raw("args", "").args(x.args()).expr("body", x.body()).end(x.span());
      case Expr.IfExp x -> new Node("IfExp").expr("test", x.test()).expr("body", x.body()).expr("orelse", x.orelse()).end(x.span());
      case Expr.Dict x -> new Node("Dict").exprs("keys", x.keys()).exprs("values", x.values()).end(x.span());
      case Expr.Set x -> new Node("Set").exprs("elts", x.elts()).end(x.span());
      case Expr.ListComp x -> new Node("ListComp").expr("elt", x.elt()).list("generators", x.generators(), this::comprehension).end(x.span());
      case Expr.SetComp x -> new Node("SetComp").expr("elt", x.elt()).list("generators", x.generators(), this::comprehension).end(x.span());
      case Expr.DictComp x -> new Node("DictComp").expr("key", x.key()).expr("value", x.value())
          .list("generators", x.generators(), this::comprehension).end(x.span());
      case Expr.GeneratorExp x -> new Node("GeneratorExp").expr("elt", x.elt()).list("generators", x.generators(), this::comprehension).end(x.span());
      case Expr.Await x -> new Node("Await").expr("value", x.value()).end(x.span());
      case Expr.Yield x -> new Node("Yield").expr("value", x.value()).end(x.span());
      case Expr.YieldFrom x -> new Node("YieldFrom").expr("value", x.value()).end(x.span());
      case Expr.Compare x -> new Node("Compare").expr("left", x.left())
          .list("ops", x.ops(), op -> out.append(op.name()).append("()")).exprs("comparators", x.comparators()).end(x.span());
      case Expr.Call x -> new Node("Call").expr("func", x.func()).exprs("args", x.args()).list("keywords", x.keywords(), this::keyword).end(x.span());
      case Expr.FormattedValue x -> new Node("FormattedValue").expr("value", x.value()).raw("conversion", Integer.toString(x.conversion()))
          .expr("format_spec", x.formatSpec()).end(x.span());
      case Expr.JoinedStr x -> new Node("JoinedStr").exprs("values", x.values()).end(x.span());
      case Expr.Constant x -> new Node("Constant").raw("value", PyRepr.of(x.value())).str("kind", x.kind()).end(x.span());
      case Expr.Attribute x -> new Node("Attribute").expr("value", x.value()).str("attr", x.attr()).raw("ctx", x.ctx().name() + "()").end(x.span());
      case Expr.Subscript x -> new Node("Subscript").expr("value", x.value()).expr("slice", x.slice()).raw("ctx", x.ctx().name() + "()").end(x.span());
      case Expr.Starred x -> new Node("Starred").expr("value", x.value()).raw("ctx", x.ctx().name() + "()").end(x.span());
      case Expr.Name x -> new Node("Name").str("id", x.id()).raw("ctx", x.ctx().name() + "()").end(x.span());
      case Expr.List x -> new Node("List").exprs("elts", x.elts()).raw("ctx", x.ctx().name() + "()").end(x.span());
      case Expr.Tuple x -> new Node("Tuple").exprs("elts", x.elts()).raw("ctx", x.ctx().name() + "()").end(x.span());
      case Expr.Slice x -> new Node("Slice").expr("lower", x.lower()).expr("upper", x.upper()).expr("step", x.step()).end(x.span());
    }
  }

  private void comprehension(Comprehension c) {
    new Node("comprehension").expr("target", c.target()).expr("iter", c.iter()).exprs("ifs", c.ifs())
        .raw("is_async", Integer.toString(c.isAsync())).end();
  }

  private void handler(ExceptHandler h) {
    new Node("ExceptHandler").expr("type", h.type()).str("name", h.name()).stmts("body", h.body()).end(h.span());
  }

  private void keyword(Keyword k) {
    new Node("keyword").str("arg", k.arg()).expr("value", k.value()).end(k.span());
  }

  private void alias(Alias a) {
    new Node("alias").str("name", a.name()).str("asname", a.asname()).end(a.span());
  }

  private void withItem(WithItem w) {
    new Node("withitem").expr("context_expr", w.contextExpr()).expr("optional_vars", w.optionalVars()).end();
  }

  private void matchCase(MatchCase m) {
    Node n = new Node("match_case").raw("pattern", "");
    pattern(m.pattern());
    n.expr("guard", m.guard()).stmts("body", m.body()).end();
  }

  private void arguments(Arguments a) {
    new Node("arguments").list("posonlyargs", a.posonlyargs(), this::arg).list("args", a.args(), this::arg)
        .arg("vararg", a.vararg()).list("kwonlyargs", a.kwonlyargs(), this::arg).exprs("kw_defaults", a.kwDefaults())
        .arg("kwarg", a.kwarg()).exprs("defaults", a.defaults()).end();
  }

  private void arg(Arg a) {
    new Node("arg").str("arg", a.arg()).expr("annotation", a.annotation()).str("type_comment", a.typeComment()).end(a.span());
  }

  private void typeParam(TypeParam p) {
    switch (p) {
      case TypeParam.TypeVar x -> new Node("TypeVar").str("name", x.name()).expr("bound", x.bound()).end(x.span());
      case TypeParam.ParamSpec x -> new Node("ParamSpec").str("name", x.name()).end(x.span());
      case TypeParam.TypeVarTuple x -> new Node("TypeVarTuple").str("name", x.name()).end(x.span());
    }
  }

  private void pattern(Pattern p) {
    switch (p) {
      case Pattern.MatchValue x -> new Node("MatchValue").expr("value", x.value()).end(x.span());
      case Pattern.MatchSingleton x -> new Node("MatchSingleton").raw("value", PyRepr.of(x.value())).end(x.span());
      case Pattern.MatchSequence x -> new Node("MatchSequence").list("patterns", x.patterns(), this::pattern).end(x.span());
      case Pattern.MatchMapping x -> new Node("MatchMapping").exprs("keys", x.keys()).list("patterns", x.patterns(), this::pattern)
          .str("rest", x.rest()).end(x.span());
      case Pattern.MatchClass x -> new Node("MatchClass").expr("cls", x.cls()).list("patterns", x.patterns(), this::pattern)
          .strs("kwd_attrs", x.kwdAttrs()).list("kwd_patterns", x.kwdPatterns(), this::pattern).end(x.span());
      case Pattern.MatchStar x -> new Node("MatchStar").str("name", x.name()).end(x.span());
      case Pattern.MatchAs x -> {
        Node n = new Node("MatchAs");
        if (x.pattern() != null) {
          n.raw("pattern", "");
          pattern(x.pattern());
        }
        n.str("name", x.name()).end(x.span());
      }
      case Pattern.MatchOr x -> new Node("MatchOr").list("patterns", x.patterns(), this::pattern).end(x.span());
    }
  }
}
