package dev.taipan.frontend.scope;

import static dev.taipan.frontend.scope.SymbolFlag.DEF_ANNOT;
import static dev.taipan.frontend.scope.SymbolFlag.DEF_COMP_ITER;
import static dev.taipan.frontend.scope.SymbolFlag.DEF_GLOBAL;
import static dev.taipan.frontend.scope.SymbolFlag.DEF_IMPORT;
import static dev.taipan.frontend.scope.SymbolFlag.DEF_LOCAL;
import static dev.taipan.frontend.scope.SymbolFlag.DEF_NONLOCAL;
import static dev.taipan.frontend.scope.SymbolFlag.DEF_PARAM;
import static dev.taipan.frontend.scope.SymbolFlag.DEF_TYPE_PARAM;
import static dev.taipan.frontend.scope.SymbolFlag.USE;

import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.Arg;
import dev.taipan.frontend.ast.Arguments;
import dev.taipan.frontend.ast.Comprehension;
import dev.taipan.frontend.ast.ExceptHandler;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Keyword;
import dev.taipan.frontend.ast.MatchCase;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Pattern;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.ast.TypeParam;
import dev.taipan.frontend.ast.WithItem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * First phase of scope analysis, as CPython's {@code symtable_visit_*}: walks the tree once,
 * opening a block per module, class, function, lambda and comprehension and recording, for every
 * name, the flags that say how the block uses it.
 */
final class CollectSymbols {
  private final Map<Object, Scope> byNode = new IdentityHashMap<>();
  private final ArrayList<Scope> stack = new ArrayList<>();
  private final boolean futureAnnotations;
  private Scope current;
  private Scope module;
  private String privateName;

  private CollectSymbols(boolean futureAnnotations) {
    this.futureAnnotations = futureAnnotations;
  }

  /** Collects the blocks of a module; the result maps each block-opening node to its scope. */
  static Map<Object, Scope> collect(Mod.Module mod) throws SymbolTableError {
    CollectSymbols c = new CollectSymbols(FutureFeatures.of(mod).contains("annotations"));
    c.module = c.enter(ScopeKind.MODULE, "top", mod, new Span(0, 0, 0, 0));
    c.stmts(mod.body());
    c.exit();
    return c.byNode;
  }

  // ---- blocks

  private Scope enter(ScopeKind kind, String name, Object node, Span span) {
    Scope scope = new Scope(kind, name, node, span, current, privateName);
    stack.add(scope);
    Scope prev = current;
    if (prev != null) {
      scope.compIterExpr = prev.compIterExpr;
      prev.addChild(scope);
    }
    current = scope;
    byNode.put(node, scope);
    return scope;
  }

  /** CPython's annotation block under {@code from __future__ import annotations}: names there are not recorded. */
  private Scope enterAnnotationBlock(Span span) {
    Scope scope = new Scope(ScopeKind.FUNCTION, "_annotation", null, span, current, privateName);
    stack.add(scope);
    scope.compIterExpr = current.compIterExpr;
    current = scope;
    return scope;
  }

  private void exit() {
    stack.remove(stack.size() - 1);
    current = stack.isEmpty() ? null : stack.get(stack.size() - 1);
  }

  private boolean inAnnotationBlock() {
    return current.node() == null;
  }

  // ---- definitions

  private void addDef(String name, SymbolFlag flag, Span span) throws SymbolTableError {
    addDef(name, flag.bit(), current, span);
  }

  private void addDef(String name, int flag, Scope scope, Span span) throws SymbolTableError {
    String mangled = NameMangling.mangle(privateName, name);
    Integer old = scope.flags.get(mangled);
    int val;
    if (old != null) {
      val = old;
      if ((flag & DEF_PARAM.bit()) != 0 && (val & DEF_PARAM.bit()) != 0) {
        throw new SymbolTableError("duplicate argument '" + name + "' in function definition", span);
      }
      val |= flag;
    } else {
      val = flag;
    }
    if (scope.compIterTarget) {
      if ((val & (DEF_GLOBAL.bit() | DEF_NONLOCAL.bit())) != 0) {
        throw new SymbolTableError(
            "comprehension inner loop cannot rebind assignment expression target '" + name + "'", span);
      }
      val |= DEF_COMP_ITER.bit();
    }
    scope.flags.put(mangled, val);
    if ((flag & DEF_PARAM.bit()) != 0) {
      scope.addParameter(mangled);
    } else if ((flag & DEF_GLOBAL.bit()) != 0 && scope.node() != null) {
      Integer g = module.flags.get(mangled);
      module.flags.put(mangled, g == null ? flag : g | flag);
    }
  }

  private int lookup(String name) {
    return current.flags.getOrDefault(NameMangling.mangle(privateName, name), 0);
  }

  private void recordDirective(String name, Span span) {
    current.directives.putIfAbsent(NameMangling.mangle(privateName, name), span);
  }

  // ---- statements

  private void stmts(List<Stmt> body) throws SymbolTableError {
    for (Stmt s : body) {
      stmt(s);
    }
  }

  private void stmt(Stmt s) throws SymbolTableError {
    switch (s) {
      case Stmt.FunctionDef f ->
          function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), false, f.span());
      case Stmt.AsyncFunctionDef f ->
          function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), true, f.span());
      case Stmt.ClassDef c -> classDef(c);
      case Stmt.TypeAlias t -> typeAlias(t);
      case Stmt.Return r -> {
        if (r.value() != null) {
          expr(r.value());
        }
      }
      case Stmt.Delete d -> exprs(d.targets());
      case Stmt.Assign a -> {
        exprs(a.targets());
        expr(a.value());
      }
      case Stmt.AnnAssign a -> annAssign(a);
      case Stmt.AugAssign a -> {
        expr(a.target());
        expr(a.value());
      }
      case Stmt.For f -> {
        expr(f.target());
        expr(f.iter());
        stmts(f.body());
        stmts(f.orelse());
      }
      case Stmt.AsyncFor f -> {
        expr(f.target());
        expr(f.iter());
        stmts(f.body());
        stmts(f.orelse());
      }
      case Stmt.While w -> {
        expr(w.test());
        stmts(w.body());
        stmts(w.orelse());
      }
      case Stmt.If i -> {
        expr(i.test());
        stmts(i.body());
        stmts(i.orelse());
      }
      case Stmt.Match m -> {
        expr(m.subject());
        for (MatchCase c : m.cases()) {
          pattern(c.pattern());
          if (c.guard() != null) {
            expr(c.guard());
          }
          stmts(c.body());
        }
      }
      case Stmt.Raise r -> {
        if (r.exc() != null) {
          expr(r.exc());
          if (r.cause() != null) {
            expr(r.cause());
          }
        }
      }
      case Stmt.Try t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
      case Stmt.TryStar t -> tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody());
      case Stmt.Assert a -> {
        expr(a.test());
        if (a.msg() != null) {
          expr(a.msg());
        }
      }
      case Stmt.Import i -> aliases(i.names());
      case Stmt.ImportFrom i -> aliases(i.names());
      case Stmt.Global g -> declare(g.names(), true, g.span());
      case Stmt.Nonlocal n -> declare(n.names(), false, n.span());
      case Stmt.Expr e -> expr(e.value());
      case Stmt.Pass p -> {}
      case Stmt.Break b -> {}
      case Stmt.Continue c -> {}
      case Stmt.With w -> with(w.items(), w.body());
      case Stmt.AsyncWith w -> with(w.items(), w.body());
    }
  }

  private void function(
      Object node,
      String name,
      Arguments args,
      List<Stmt> body,
      List<Expr> decorators,
      Expr returns,
      List<TypeParam> typeParams,
      boolean async,
      Span span)
      throws SymbolTableError {
    addDef(name, DEF_LOCAL, span);
    exprs(args.defaults());
    exprsWithNull(args.kwDefaults());
    boolean generic = typeParams != null && !typeParams.isEmpty();
    if (!generic) {
      annotations(args, returns, span);
    }
    exprs(decorators);
    if (generic) {
      boolean kwDefaults = args.kwDefaults().stream().anyMatch(java.util.Objects::nonNull);
      enterTypeParams(name, typeParams, span, true, kwDefaults, false);
      annotations(args, returns, span);
    }
    Scope fn = enter(ScopeKind.FUNCTION, name, node, span);
    if (async) {
      fn.coroutine = true;
    }
    arguments(args);
    stmts(body);
    exit();
    if (generic) {
      exit();
    }
  }

  private void classDef(Stmt.ClassDef c) throws SymbolTableError {
    addDef(c.name(), DEF_LOCAL, c.span());
    boolean generic = c.typeParams() != null && !c.typeParams().isEmpty();
    if (!generic) {
      exprs(c.bases());
      keywords(c.keywords());
    }
    exprs(c.decoratorList());
    String outerPrivate = privateName;
    if (generic) {
      enterTypeParams(c.name(), c.typeParams(), c.span(), false, false, true);
      exprs(c.bases());
      keywords(c.keywords());
    }
    privateName = c.name();
    enter(ScopeKind.CLASS, c.name(), c, c.span());
    if (generic) {
      addDef("__type_params__", DEF_LOCAL, c.span());
      addDef(".type_params", USE, c.span());
    }
    stmts(c.body());
    exit();
    privateName = outerPrivate;
    if (generic) {
      exit();
    }
  }

  /**
   * Python 3.12: a generic def, class or alias gets a function-like block holding its type
   * parameters, with implicit names for the values the compiler passes in (as {@code symtable.c}).
   */
  private void enterTypeParams(
      String ownerName, List<TypeParam> params, Span span, boolean defaults, boolean kwDefaults, boolean isClass)
      throws SymbolTableError {
    enter(ScopeKind.TYPE_PARAMS, ownerName, params, span);
    if (isClass) {
      addDef(".type_params", DEF_LOCAL, span);
      addDef(".type_params", USE, span);
      privateName = ownerName;
      addDef(".generic_base", DEF_LOCAL, span);
      addDef(".generic_base", USE, span);
    }
    if (defaults) {
      addDef(".defaults", DEF_PARAM, span);
    }
    if (kwDefaults) {
      addDef(".kwdefaults", DEF_PARAM, span);
    }
    int typeParam = DEF_TYPE_PARAM.bit() | DEF_LOCAL.bit();
    for (TypeParam p : params) {
      switch (p) {
        case TypeParam.TypeVar v -> {
          addDef(v.name(), typeParam, current, v.span());
          if (v.bound() != null) {
            enter(ScopeKind.TYPE_VAR_BOUND, v.name(), v, v.span());
            expr(v.bound());
            exit();
          }
        }
        case TypeParam.ParamSpec v -> addDef(v.name(), typeParam, current, v.span());
        case TypeParam.TypeVarTuple v -> addDef(v.name(), typeParam, current, v.span());
      }
    }
  }

  private void typeAlias(Stmt.TypeAlias t) throws SymbolTableError {
    expr(t.name());
    String name = t.name() instanceof Expr.Name n ? n.id() : "type";
    boolean generic = t.typeParams() != null && !t.typeParams().isEmpty();
    if (generic) {
      enterTypeParams(name, t.typeParams(), t.span(), false, false, false);
    }
    enter(ScopeKind.TYPE_ALIAS, name, t, t.span());
    expr(t.value());
    exit();
    if (generic) {
      exit();
    }
  }

  private void annAssign(Stmt.AnnAssign a) throws SymbolTableError {
    if (a.target() instanceof Expr.Name n) {
      int cur = lookup(n.id());
      if ((cur & (DEF_GLOBAL.bit() | DEF_NONLOCAL.bit())) != 0 && current != module && a.simple() != 0) {
        String kind = (cur & DEF_GLOBAL.bit()) != 0 ? "global" : "nonlocal";
        throw new SymbolTableError("annotated name '" + n.id() + "' can't be " + kind, a.span());
      }
      if (a.simple() != 0) {
        addDef(n.id(), DEF_ANNOT.bit() | DEF_LOCAL.bit(), current, n.span());
      }
      if (a.value() != null) {
        addDef(n.id(), DEF_LOCAL, n.span());
      }
    } else {
      expr(a.target());
    }
    annotation(a.annotation());
    if (a.value() != null) {
      expr(a.value());
    }
  }

  private void tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody)
      throws SymbolTableError {
    stmts(body);
    stmts(orelse);
    for (ExceptHandler h : handlers) {
      if (h.type() != null) {
        expr(h.type());
      }
      if (h.name() != null) {
        addDef(h.name(), DEF_LOCAL, h.span());
      }
      stmts(h.body());
    }
    stmts(finalbody);
  }

  private void with(List<WithItem> items, List<Stmt> body) throws SymbolTableError {
    for (WithItem item : items) {
      expr(item.contextExpr());
      if (item.optionalVars() != null) {
        expr(item.optionalVars());
      }
    }
    stmts(body);
  }

  private void declare(List<String> names, boolean global, Span span) throws SymbolTableError {
    String kind = global ? "global" : "nonlocal";
    for (String name : names) {
      int cur = lookup(name);
      if ((cur & (DEF_PARAM.bit() | DEF_LOCAL.bit() | USE.bit() | DEF_ANNOT.bit())) != 0) {
        String msg;
        if ((cur & DEF_PARAM.bit()) != 0) {
          msg = "name '" + name + "' is parameter and " + kind;
        } else if ((cur & USE.bit()) != 0) {
          msg = "name '" + name + "' is used prior to " + kind + " declaration";
        } else if ((cur & DEF_ANNOT.bit()) != 0) {
          msg = "annotated name '" + name + "' can't be " + kind;
        } else {
          msg = "name '" + name + "' is assigned to before " + kind + " declaration";
        }
        throw new SymbolTableError(msg, span);
      }
      addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, span);
      recordDirective(name, span);
    }
  }

  private void aliases(List<Alias> names) throws SymbolTableError {
    for (Alias a : names) {
      String name = a.asname() == null ? a.name() : a.asname();
      if (name.equals("*")) {
        if (current.kind() != ScopeKind.MODULE) {
          throw new SymbolTableError("import * only allowed at module level", a.span());
        }
        continue;
      }
      int dot = name.indexOf('.');
      addDef(dot >= 0 ? name.substring(0, dot) : name, DEF_IMPORT, a.span());
    }
  }

  // ---- parameters and annotations

  private void arguments(Arguments a) throws SymbolTableError {
    params(a.posonlyargs());
    params(a.args());
    params(a.kwonlyargs());
    if (a.vararg() != null) {
      addDef(a.vararg().arg(), DEF_PARAM, a.vararg().span());
    }
    if (a.kwarg() != null) {
      addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg().span());
    }
  }

  private void params(List<Arg> args) throws SymbolTableError {
    for (Arg a : args) {
      addDef(a.arg(), DEF_PARAM, a.span());
    }
  }

  private void annotations(Arguments a, Expr returns, Span span) throws SymbolTableError {
    if (futureAnnotations) {
      enterAnnotationBlock(span);
    }
    argAnnotations(a.posonlyargs());
    argAnnotations(a.args());
    if (a.vararg() != null && a.vararg().annotation() != null) {
      expr(a.vararg().annotation());
    }
    if (a.kwarg() != null && a.kwarg().annotation() != null) {
      expr(a.kwarg().annotation());
    }
    argAnnotations(a.kwonlyargs());
    if (futureAnnotations) {
      exit();
    }
    if (returns != null) {
      annotation(returns);
    }
  }

  private void argAnnotations(List<Arg> args) throws SymbolTableError {
    for (Arg a : args) {
      if (a.annotation() != null) {
        expr(a.annotation());
      }
    }
  }

  private void annotation(Expr e) throws SymbolTableError {
    if (futureAnnotations) {
      enterAnnotationBlock(e.span());
    }
    expr(e);
    if (futureAnnotations) {
      exit();
    }
  }

  // ---- expressions

  private void exprs(List<Expr> es) throws SymbolTableError {
    for (Expr e : es) {
      expr(e);
    }
  }

  private void exprsWithNull(List<Expr> es) throws SymbolTableError {
    for (Expr e : es) {
      if (e != null) {
        expr(e);
      }
    }
  }

  private void keywords(List<Keyword> ks) throws SymbolTableError {
    for (Keyword k : ks) {
      expr(k.value());
    }
  }

  private void expr(Expr e) throws SymbolTableError {
    switch (e) {
      case Expr.NamedExpr n -> namedExpr(n);
      case Expr.BoolOp b -> exprs(b.values());
      case Expr.BinOp b -> {
        expr(b.left());
        expr(b.right());
      }
      case Expr.UnaryOp u -> expr(u.operand());
      case Expr.Lambda l -> {
        exprs(l.args().defaults());
        exprsWithNull(l.args().kwDefaults());
        enter(ScopeKind.LAMBDA, "lambda", l, l.span());
        arguments(l.args());
        expr(l.body());
        exit();
      }
      case Expr.IfExp i -> {
        expr(i.test());
        expr(i.body());
        expr(i.orelse());
      }
      case Expr.Dict d -> {
        exprsWithNull(d.keys());
        exprs(d.values());
      }
      case Expr.Set s -> exprs(s.elts());
      case Expr.GeneratorExp g -> comprehension(g, "genexpr", g.generators(), g.elt(), null, true);
      case Expr.ListComp l -> comprehension(l, "listcomp", l.generators(), l.elt(), null, false);
      case Expr.SetComp s -> comprehension(s, "setcomp", s.generators(), s.elt(), null, false);
      case Expr.DictComp d -> comprehension(d, "dictcomp", d.generators(), d.key(), d.value(), false);
      case Expr.Yield y -> {
        checkNotAnnotation("yield expression", y.span());
        if (y.value() != null) {
          expr(y.value());
        }
        yielded(y.span());
      }
      case Expr.YieldFrom y -> {
        checkNotAnnotation("yield expression", y.span());
        expr(y.value());
        yielded(y.span());
      }
      case Expr.Await a -> {
        checkNotAnnotation("await expression", a.span());
        expr(a.value());
        current.coroutine = true;
      }
      case Expr.Compare c -> {
        expr(c.left());
        exprs(c.comparators());
      }
      case Expr.Call c -> {
        expr(c.func());
        exprs(c.args());
        keywords(c.keywords());
      }
      case Expr.FormattedValue f -> {
        expr(f.value());
        if (f.formatSpec() != null) {
          expr(f.formatSpec());
        }
      }
      case Expr.JoinedStr j -> exprs(j.values());
      case Expr.Constant c -> {}
      case Expr.Attribute a -> expr(a.value());
      case Expr.Subscript s -> {
        expr(s.value());
        expr(s.slice());
      }
      case Expr.Starred s -> expr(s.value());
      case Expr.Slice s -> {
        if (s.lower() != null) {
          expr(s.lower());
        }
        if (s.upper() != null) {
          expr(s.upper());
        }
        if (s.step() != null) {
          expr(s.step());
        }
      }
      case Expr.Name n -> {
        addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n.span());
        if (n.ctx() == ExprContext.Load
            && current.kind().isFunctionLike()
            && !inAnnotationBlock()
            && n.id().equals("super")) {
          addDef("__class__", USE, n.span());
        }
      }
      case Expr.List l -> exprs(l.elts());
      case Expr.Tuple t -> exprs(t.elts());
    }
  }

  private void checkNotAnnotation(String what, Span span) throws SymbolTableError {
    if (inAnnotationBlock()) {
      throw new SymbolTableError("'" + what + "' cannot appear within an annotation", span);
    }
  }

  private void yielded(Span span) throws SymbolTableError {
    current.generator = true;
    if (current.kind() == ScopeKind.COMPREHENSION) {
      String where =
          switch (current.name()) {
            case "listcomp" -> "list comprehension";
            case "setcomp" -> "set comprehension";
            case "dictcomp" -> "dict comprehension";
            default -> "generator expression";
          };
      throw new SymbolTableError("'yield' inside " + where, span);
    }
  }

  private void namedExpr(Expr.NamedExpr n) throws SymbolTableError {
    checkNotAnnotation("named expression", n.span());
    if (current.compIterExpr > 0) {
      throw new SymbolTableError(
          "assignment expression cannot be used in a comprehension iterable expression", n.span());
    }
    if (current.kind() == ScopeKind.COMPREHENSION) {
      extendNamedExprScope(n.target());
    }
    expr(n.value());
    expr(n.target());
  }

  /** A walrus target inside a comprehension binds in the nearest enclosing function or module. */
  private void extendNamedExprScope(Expr target) throws SymbolTableError {
    if (!(target instanceof Expr.Name name)) {
      return;
    }
    String id = name.id();
    for (int i = stack.size() - 1; i >= 0; i--) {
      Scope s = stack.get(i);
      if (s.kind() == ScopeKind.COMPREHENSION) {
        int inScope = s.flags.getOrDefault(NameMangling.mangle(privateName, id), 0);
        if ((inScope & DEF_COMP_ITER.bit()) != 0) {
          throw new SymbolTableError(
              "assignment expression cannot rebind comprehension iteration variable '" + id + "'", name.span());
        }
        continue;
      }
      if (s.kind().isFunctionLike()) {
        int inScope = s.flags.getOrDefault(NameMangling.mangle(privateName, id), 0);
        addDef(id, (inScope & DEF_GLOBAL.bit()) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, name.span());
        recordDirective(id, name.span());
        addDef(id, DEF_LOCAL.bit(), s, name.span());
        return;
      }
      if (s.kind() == ScopeKind.MODULE) {
        addDef(id, DEF_GLOBAL, name.span());
        recordDirective(id, name.span());
        addDef(id, DEF_GLOBAL.bit(), s, name.span());
        return;
      }
      if (s.kind() == ScopeKind.CLASS) {
        throw new SymbolTableError(
            "assignment expression within a comprehension cannot be used in a class body", name.span());
      }
    }
  }

  private void comprehension(
      Expr node, String name, List<Comprehension> generators, Expr elt, Expr value, boolean isGenerator)
      throws SymbolTableError {
    Comprehension outermost = generators.get(0);
    current.compIterExpr++;
    expr(outermost.iter());
    current.compIterExpr--;
    Scope comp = enter(ScopeKind.COMPREHENSION, name, node, node.span());
    if (outermost.isAsync() != 0) {
      comp.coroutine = true;
    }
    addDef(".0", DEF_PARAM, node.span());
    comp.compIterTarget = true;
    expr(outermost.target());
    comp.compIterTarget = false;
    exprs(outermost.ifs());
    for (int i = 1; i < generators.size(); i++) {
      Comprehension g = generators.get(i);
      comp.compIterTarget = true;
      expr(g.target());
      comp.compIterTarget = false;
      comp.compIterExpr++;
      expr(g.iter());
      comp.compIterExpr--;
      exprs(g.ifs());
      if (g.isAsync() != 0) {
        comp.coroutine = true;
      }
    }
    if (value != null) {
      expr(value);
    }
    expr(elt);
    comp.generator = isGenerator;
    boolean async = comp.coroutine && !isGenerator;
    exit();
    if (async) {
      current.coroutine = true;
    }
  }

  // ---- patterns

  private void pattern(Pattern p) throws SymbolTableError {
    switch (p) {
      case Pattern.MatchValue v -> expr(v.value());
      case Pattern.MatchSingleton s -> {}
      case Pattern.MatchSequence s -> patterns(s.patterns());
      case Pattern.MatchStar s -> {
        if (s.name() != null) {
          addDef(s.name(), DEF_LOCAL, s.span());
        }
      }
      case Pattern.MatchMapping m -> {
        exprs(m.keys());
        patterns(m.patterns());
        if (m.rest() != null) {
          addDef(m.rest(), DEF_LOCAL, m.span());
        }
      }
      case Pattern.MatchClass c -> {
        expr(c.cls());
        patterns(c.patterns());
        patterns(c.kwdPatterns());
      }
      case Pattern.MatchAs a -> {
        if (a.pattern() != null) {
          pattern(a.pattern());
        }
        if (a.name() != null) {
          addDef(a.name(), DEF_LOCAL, a.span());
        }
      }
      case Pattern.MatchOr o -> patterns(o.patterns());
    }
  }

  private void patterns(List<Pattern> ps) throws SymbolTableError {
    for (Pattern p : ps) {
      pattern(p);
    }
  }
}
