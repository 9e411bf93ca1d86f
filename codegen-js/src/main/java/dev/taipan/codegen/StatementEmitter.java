package dev.taipan.codegen;

import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.ExceptHandler;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.ast.WithItem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Translates Python statements to JavaScript statements, each printed at its Python line. */
final class StatementEmitter {
  private final ModuleEmitter m;

  StatementEmitter(ModuleEmitter m) {
    this.m = m;
  }

  private String rt(String file, String name) {
    return m.imports.ref(file, name);
  }

  private String expr(Expr e, Frame f) {
    return m.expressions.emit(e, f);
  }

  void block(List<Stmt> body, Frame f) {
    for (Stmt s : body) {
      statement(s, f);
    }
  }

  /** Stores a class body's or module's annotation of a simple name into its __annotations__ (ClassAnnotations). */
  private String classAnnotation(Expr.Name n, Stmt.AnnAssign a, Frame f) {
    String value;
    if (m.futureAnnotations) {
      String text = ClassAnnotations.futureText(a.annotation());
      if (text == null) {
        throw new UnsupportedConstructException(
            new UnsupportedConstruct(ClassAnnotations.FUTURE_REFUSAL, a.annotation().span()));
      }
      value = JsNames.string(text);
    } else {
      value = expr(a.annotation(), f);
    }
    // CPython's LOAD_NAME __annotations__: the class namespace's entry, or the module's global.
    String dict = f.isClass() ? f.nsVar + "['__annotations__']" : m.names.load("__annotations__", f);
    return m.imports.ref("internals/subscript.js", "setitem") + "(" + dict + ", "
        + JsNames.string(f.scope.mangle(n.id())) + ", " + value + ")";
  }

  /**
   * What CPython's compiler_annassign evaluates besides the value for a target that is not a
   * simple name: without a value, the target's object (and subscript); then, in a module or
   * class body without future annotations, the annotation itself. Nothing is stored.
   */
  private void otherAnnotation(Stmt.AnnAssign a, Frame f) {
    if (a.value() == null) {
      switch (a.target()) {
        case Expr.Attribute at -> m.out.line(expr(at.value(), f) + ";");
        case Expr.Subscript sub -> {
          m.out.line(expr(sub.value(), f) + ";");
          annotatedSubscript(sub.slice(), f);
        }
        default -> {}
      }
    }
    if (a.simple() == 0 && !m.futureAnnotations && (f.isModule() || f.isClass())) {
      m.out.line(expr(a.annotation(), f) + ";");
    }
  }

  /** CPython's check_ann_subscr: the parts of an annotated target's subscript, evaluated in order. */
  private void annotatedSubscript(Expr slice, Frame f) {
    switch (slice) {
      case Expr.Slice sl -> {
        for (Expr part : java.util.Arrays.asList(sl.lower(), sl.upper(), sl.step())) {
          if (part != null) {
            m.out.line(expr(part, f) + ";");
          }
        }
      }
      case Expr.Tuple t -> t.elts().forEach(e -> annotatedSubscript(e, f));
      default -> m.out.line(expr(slice, f) + ";");
    }
  }

  void statement(Stmt s, Frame f) {
    m.out.at(s.span().lineno());
    switch (s) {
      case Stmt.Expr e -> m.out.line(expr(e.value(), f) + ";");
      case Stmt.Assign a -> assign(a, f);
      case Stmt.AugAssign a -> augAssign(a, f);
      case Stmt.AnnAssign a -> {
        if (a.value() != null) {
          m.out.line(m.targets.assign(a.target(), valueFirst(a.target(), a.value(), f), f) + ";");
        }
        if ((f.isClass() || f.isModule()) && a.simple() == 1 && a.target() instanceof Expr.Name n) {
          m.out.line(classAnnotation(n, a, f) + ";");
        } else {
          // In a function, an annotation is not evaluated (a bare `x: int` binds nothing).
          otherAnnotation(a, f);
        }
      }
      case Stmt.Pass p -> {}
      case Stmt.If i -> ifStatement(i, f);
      case Stmt.While w -> whileLoop(w, f);
      case Stmt.For fo -> forLoop(fo, f);
      case Stmt.Break b -> {
        String flag = f.loopBreakFlags.peek();
        if (flag != null && !flag.isEmpty()) {
          m.out.line(flag + " = true;");
        }
        m.out.line("break;");
      }
      case Stmt.Continue c -> m.out.line("continue;");
      case Stmt.Return r -> returnStatement(r, f);
      case Stmt.FunctionDef d -> m.functions.def(d, f);
      case Stmt.ClassDef c -> m.functions.classDef(c, f);
      case Stmt.Raise r -> raise(r, f);
      case Stmt.Try t -> tryStatement(t, f, false);
      case Stmt.Assert a -> {
        String msg = a.msg() == null ? "" : expr(a.msg(), f);
        // CPython raises at the test when it is a comparison, else at the whole statement.
        Span at = a.test() instanceof Expr.Compare ? a.test().span() : a.span();
        m.out.line("if (!" + m.expressions.test(a.test(), f) + ") " + m.out.mark(at, "throw " + rt("types/exceptions.js", "raise") + "("
            + rt("internals/call.js", "call") + "(" + rt("types/exceptions.js", "AssertionError") + (msg.isEmpty() ? "" : ", " + msg) + "));"));
      }
      case Stmt.With w -> with(w.items(), 0, w.body(), w.span().lineno(), f);
      case Stmt.Delete d -> {
        for (Expr t : d.targets()) {
          m.out.line(m.targets.delete(t, f) + ";");
        }
      }
      case Stmt.Global g -> {}
      case Stmt.Nonlocal n -> {}
      case Stmt.Import i -> importStatement(i, f);
      case Stmt.ImportFrom i -> importFrom(i, f);
      case Stmt.AsyncFunctionDef d -> m.functions.asyncDef(d, f);
      case Stmt.AsyncFor a -> m.async.asyncFor(a, f);
      case Stmt.AsyncWith a -> m.async.asyncWith(a.items(), 0, a.body(), f);
      case Stmt.Match mt -> m.matches.match(mt, f);
      case Stmt.TryStar t -> tryStatement(new Stmt.Try(t.body(), t.handlers(), t.orelse(), t.finalbody(), t.span()), f, true);
      case Stmt.TypeAlias t -> throw unsupported("type statement", s);
    }
  }

  private static UnsupportedConstructException unsupported(String what, Stmt s) {
    return new UnsupportedConstructException(new UnsupportedConstruct(what, s.span()));
  }

  private void assign(Stmt.Assign a, Frame f) {
    if (a.targets().size() == 1) {
      m.out.line(m.targets.assign(a.targets().get(0), valueFirst(a.targets().get(0), a.value(), f), f) + ";");
      forgetFact(a.targets().get(0), f);
      return;
    }
    String t = m.temp(f);
    m.out.line(t + " = " + expr(a.value(), f) + ";");
    for (Expr target : a.targets()) {
      m.out.line(m.targets.assign(target, t, f) + ";");
      forgetFact(target, f);
    }
  }

  /** Binds a `for` loop's target to the JS value {@code item} at the start of an iteration. */
  private void bindLoopTarget(Stmt.For fo, String item, Frame f) {
    m.out.line(m.targets.assign(fo.target(), item, f) + ";");
    forgetFact(fo.target(), f);
  }

  /** After a name is bound, its attribute fact (if any) speaks of the object it held before. */
  private void forgetFact(Expr target, Frame f) {
    if (target instanceof Expr.Name n && f.attributeFacts().reset(n.id(), m, f) instanceof String reset) {
      m.out.line(reset);
    }
  }

  /**
   * The assigned value as JS code for {@link TargetEmitter#assign}. Python evaluates the value
   * before the target's object and subscript (`f(o).x = g()` calls g first), so for an attribute
   * or subscript target a value that is not a constant is computed into a temporary first.
   */
  private String valueFirst(Expr target, Expr value, Frame f) {
    String code = expr(value, f);
    if ((target instanceof Expr.Attribute || target instanceof Expr.Subscript) && !(value instanceof Expr.Constant)) {
      String t = m.temp(f);
      m.out.line(t + " = " + code + ";");
      return t;
    }
    return code;
  }

  /**
   * The operation of an augmented assignment is marked with the whole statement, the load and
   * store of its target with the target, where CPython reports them.
   */
  private void augAssign(Stmt.AugAssign a, Frame f) {
    String op = m.expressions.inplaceOp(a.op());
    switch (a.target()) {
      case Expr.Name n -> {
        String current = m.names.load(n.id(), f);
        if (current.indexOf('(') >= 0) {
          current = m.out.mark(n.span(), current);
        }
        String fast = m.numeric.augmented(a.op(), n, current, a.value(), f);
        m.out.line(m.names.store(n.id(), m.out.mark(a.span(), fast != null ? fast : op + "(" + current + ", " + expr(a.value(), f) + ")"), f) + ";");
      }
      case Expr.Attribute at -> {
        String o = m.temp(f);
        String name = m.mangle(at.attr(), f);
        m.out.line(o + " = " + expr(at.value(), f) + ";");
        // The receiver's local is not rebound before the store (no binding but assignment
        // statements, AttributeFacts), so its fact speaks of the object in `o`.
        String fact = f.attributeFacts().local(at, m, f);
        String current = m.out.mark(at.span(), AttributeAccessors.inlineAt(f) ? m.accessors.inlineGet(name, o, fact, f) : m.accessors.getter(name) + "(" + o + ")");
        String fast = m.numeric.augmented(a.op(), null, current, a.value(), f);
        String result = m.out.mark(a.span(), fast != null ? fast : op + "(" + current + ", " + expr(a.value(), f) + ")");
        m.out.line(m.out.mark(at.span(), AttributeAccessors.inlineAt(f) ? m.accessors.inlineSet(name, o, result, fact, f) : m.accessors.setter(name) + "(" + o + ", " + result + ")") + ";");
      }
      case Expr.Subscript sub -> {
        String o = m.temp(f);
        String k = m.temp(f);
        JsPrinter.Mark target = TargetEmitter.subscriptMark(sub);
        m.out.line(o + " = " + expr(sub.value(), f) + ";");
        m.out.line(k + " = " + expr(sub.slice(), f) + ";");
        String fast = m.numeric.augmentedItem(a.op(), o, k, a.value(), f, target);
        if (fast != null) {
          String v = m.temp(f);
          m.out.line(v + " = " + m.out.mark(a.span(), fast) + ";");
          m.out.line(m.out.mark(target, m.numeric.storeItem(o, k, v)) + ";");
          return;
        }
        m.out.line(m.out.mark(target, rt("internals/subscript.js", "setitem") + "(" + o + ", " + k + ", " + m.out.mark(a.span(), op + "("
            + m.out.mark(target, rt("internals/subscript.js", "getitem") + "(" + o + ", " + k + ")") + ", " + expr(a.value(), f) + ")")) + ");");
      }
      default -> throw new UnsupportedConstructException(new UnsupportedConstruct("this augmented assignment target", a.span()));
    }
  }

  private void ifStatement(Stmt.If i, Frame f) {
    m.out.open("if (" + m.expressions.test(i.test(), f) + ")");
    block(i.body(), f);
    List<Stmt> orelse = i.orelse();
    while (orelse.size() == 1 && orelse.get(0) instanceof Stmt.If elif) {
      m.out.at(elif.span().lineno());
      m.out.middle("} else if (" + m.expressions.test(elif.test(), f) + ") {");
      block(elif.body(), f);
      orelse = elif.orelse();
    }
    if (!orelse.isEmpty()) {
      m.out.middle("} else {");
      block(orelse, f);
    }
    m.out.close();
  }

  void loopBody(List<Stmt> body, List<Stmt> orelse, Frame f, String flag, Runnable header) {
    f.loopBreakFlags.push(flag == null ? "" : flag);
    header.run();
    block(body, f);
    m.out.close();
    f.loopBreakFlags.pop();
    if (flag != null) {
      m.out.open("if (!" + flag + ")");
      block(orelse, f);
      m.out.close();
    }
  }

  String breakFlag(List<Stmt> orelse, Frame f) {
    if (orelse.isEmpty()) {
      return null;
    }
    String flag = m.temp(f);
    m.out.line(flag + " = false;");
    return flag;
  }

  private void whileLoop(Stmt.While w, Frame f) {
    String flag = breakFlag(w.orelse(), f);
    loopBody(w.body(), w.orelse(), f, flag, () -> m.out.open("while (" + m.expressions.test(w.test(), f) + ")"));
  }

  /**
   * `return`: where the frame's count against the recursion limit is undone by the return itself
   * ({@link UncountOnReturn}), the value is computed first, while the frame still counts.
   */
  private void returnStatement(Stmt.Return r, Frame f) {
    if (f.uncount == null) {
      m.out.line(r.value() == null ? "return;" : "return " + expr(r.value(), f) + ";");
    } else if (r.value() == null) {
      m.out.line("return void " + f.uncount + ";");
    } else {
      String value = expr(r.value(), f);
      String t = m.temp(f);
      m.out.line("return (" + t + " = " + value + ", " + f.uncount + ", " + t + ");");
    }
  }

  private void forLoop(Stmt.For fo, Frame f) {
    String flag = breakFlag(fo.orelse(), f);
    if (fo.iter() instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals("range")
        && m.names.isBuiltin("range", f) && c.keywords().isEmpty() && !c.args().isEmpty() && c.args().size() <= 3
        && c.args().stream().noneMatch(a -> a instanceof Expr.Starred)) {
      BigInteger step = c.args().size() == 3 ? literalInt(c.args().get(2)) : BigInteger.ONE;
      if (step != null && step.signum() != 0 && step.abs().bitLength() < 31) {
        FloatKernelPlan kernel = m.kernels.plan(fo, f);
        m.kernels.enter(kernel);
        rangeLoop(fo, c.args(), step.intValue(), f, flag, kernel);
        m.kernels.exit(kernel);
        return;
      }
    }
    if (m.ranges.countableName(fo)) {
      countedOrIterated(fo, f, flag);
      return;
    }
    String item = m.fresh("x");
    boolean temporary = fo.iter() instanceof Expr.Call || fo.iter() instanceof Expr.GeneratorExp;
    String iterable = m.splits.iterable(fo.iter(), f) instanceof String words ? words
        : rt("internals/iteration.js", temporary ? "iterateTemp" : "iterate") + "(" + m.expressions.iterable(fo.iter(), f) + ")";
    FloatKernelPlan kernel = m.kernels.plan(fo, f);
    m.kernels.enter(kernel);
    loopBody(fo.body(), fo.orelse(), f, flag, () -> {
      m.out.open("for (const " + item + " of " + iterable + ")");
      bindLoopTarget(fo, item, f);
      if (kernel != null) {
        m.kernels.emit(kernel, fo, f, null);
      }
    });
    m.kernels.exit(kernel);
  }

  /**
   * `for x in NAME:` (RangeLoops.countableName): the value is read once; a range of safe ints is
   * counted by a JS loop (no iterator object, no generator), anything else takes the iterator
   * loop. The body is emitted in both; a `break` in either sets the same flag for `else`.
   */
  private void countedOrIterated(Stmt.For fo, Frame f, String flag) {
    String value = m.temp(f);
    m.out.line(value + " = " + expr(fo.iter(), f) + ";");
    String i = m.fresh("i");
    String n = m.fresh("n");
    String step = m.fresh("s");
    m.out.open("if (" + rt("types/range.js", "countableRange") + "(" + value + "))");
    f.loopBreakFlags.push(flag == null ? "" : flag);
    m.out.open("for (let " + i + " = " + value + ".start, " + n + " = " + value + ".length, " + step + " = " + value
        + ".step; " + n + " > 0; " + n + "--, " + i + " += " + step + ")");
    bindLoopTarget(fo, i, f);
    block(fo.body(), f);
    m.out.close();
    m.out.middle("} else {");
    String item = m.fresh("x");
    m.out.open("for (const " + item + " of " + rt("internals/iteration.js", "iterate") + "(" + value + "))");
    bindLoopTarget(fo, item, f);
    block(fo.body(), f);
    m.out.close();
    f.loopBreakFlags.pop();
    m.out.close();
    if (flag != null) {
      m.out.open("if (!" + flag + ")");
      block(fo.orelse(), f);
      m.out.close();
    }
  }

  private static BigInteger literalInt(Expr e) {
    if (e instanceof Expr.Constant c && c.value() instanceof ConstantValue.IntValue i) {
      return i.value();
    }
    if (e instanceof Expr.UnaryOp u && u.op() == dev.taipan.frontend.ast.UnaryOperator.USub
        && u.operand() instanceof Expr.Constant c && c.value() instanceof ConstantValue.IntValue i) {
      return i.value().negate();
    }
    return null;
  }

  /** `for x in range(...)` with a literal step: a counting JS loop; the range's bounds are evaluated once. */
  private void rangeLoop(Stmt.For fo, List<Expr> args, int step, Frame f, String flag, FloatKernelPlan kernel) {
    String arg = rt("types/range.js", "rangeArg");
    String i = m.fresh("i");
    String end = m.fresh("e");
    String start = args.size() == 1 ? "0" : arg + "(" + expr(args.get(0), f) + ")";
    String stop = arg + "(" + expr(args.get(args.size() == 1 ? 0 : 1), f) + ")";
    String passed = kernel == null ? null : m.temp(f);
    if (passed != null) {
      m.out.line(passed + " = false;");
    }
    loopBody(fo.body(), fo.orelse(), f, flag, () -> {
      m.out.open(m.ranges.header(i, end, start, stop, step));
      bindLoopTarget(fo, i, f);
      if (kernel != null) {
        m.kernels.emit(kernel, fo, f, passed);
      }
    });
  }

  private void raise(Stmt.Raise r, Frame f) {
    String raise = rt("types/exceptions.js", "raise");
    if (r.exc() == null) {
      m.out.line("throw " + rt("types/exceptions.js", "reraise") + "();");
    } else if (r.cause() == null) {
      m.out.line(m.out.mark(r.span(), "throw " + raise + "(" + expr(r.exc(), f) + ");"));
    } else {
      m.out.line(m.out.mark(r.span(), "throw " + raise + "(" + expr(r.exc(), f) + ", " + expr(r.cause(), f) + ", true);"));
    }
  }

  /** `try` with `except` clauses, or with `except*` clauses when {@code star} (PEP 654). */
  private void tryStatement(Stmt.Try t, Frame f, boolean star) {
    boolean hasFinally = !t.finalbody().isEmpty();
    String pending = hasFinally ? m.temp(f) : null;
    if (hasFinally) {
      m.out.line(pending + " = undefined;");
      m.out.open("try");
    }
    String ok = t.orelse().isEmpty() ? null : m.temp(f);
    if (ok != null) {
      m.out.line(ok + " = false;");
    }
    if (!t.handlers().isEmpty()) {
      m.out.open("try");
      block(t.body(), f);
      if (ok != null) {
        m.out.line(ok + " = true;");
      }
      String caught = m.fresh("e");
      String exc = m.fresh("exc");
      m.out.middle("} catch (" + caught + ") {");
      m.out.line("const " + exc + " = " + rt("types/exceptions.js", "toPyException") + "(" + caught + ");");
      m.out.line(rt("types/exceptions.js", "enterHandler") + "(" + exc + ");");
      m.out.open("try");
      if (star) {
        starHandlers(t.handlers(), exc, f);
      } else {
        handlers(t.handlers(), exc, f);
      }
      m.out.middle("} finally {");
      m.out.line(rt("types/exceptions.js", "exitHandler") + "();");
      m.out.close();
      m.out.close();
    } else {
      block(t.body(), f);
      if (ok != null) {
        m.out.line(ok + " = true;");
      }
    }
    tryTail(t, f, ok, pending);
  }

  /** The `except` clauses: the first whose type matches runs; none matching re-raises. */
  private void handlers(List<ExceptHandler> handlers, String exc, Frame f) {
    boolean bare = false;
    for (int k = 0; k < handlers.size(); k++) {
      ExceptHandler h = handlers.get(k);
      m.out.at(h.span().lineno());
      String cond = h.type() == null ? "true"
          : rt("types/exceptions.js", "exceptionMatches") + "(" + exc + ", " + expr(h.type(), f) + ")";
      if (k == 0) {
        m.out.open("if (" + cond + ")");
      } else {
        m.out.middle("} else if (" + cond + ") {");
      }
      if (h.name() != null) {
        m.out.line(m.names.store(h.name(), exc, f) + ";");
      }
      block(h.body(), f);
      if (h.name() != null && !f.isClass()) {
        m.out.line(m.names.store(h.name(), m.imports.ref("internals/names.js", "UNBOUND"), f) + ";");
      }
      bare = h.type() == null;
    }
    if (!bare) {
      m.out.middle("} else {");
      m.out.line("throw " + exc + ";");
    }
    m.out.close();
  }

  /**
   * The `except*` clauses: each takes the part of what is left that matches its type and runs
   * with it; what the handlers raise and what no clause matched propagate together
   * (types/exception-group.js).
   */
  private void starHandlers(List<ExceptHandler> handlers, String exc, Frame f) {
    String eg = "types/exception-group.js";
    String ex = "types/exceptions.js";
    String st = m.fresh("st");
    m.out.line("const " + st + " = " + rt(eg, "starBegin") + "(" + exc + ");");
    for (ExceptHandler h : handlers) {
      m.out.at(h.span().lineno());
      String match = m.fresh("m");
      m.out.line("const " + match + " = " + rt(eg, "starMatch") + "(" + st + ", " + expr(h.type(), f) + ");");
      m.out.open("if (" + match + " !== undefined)");
      m.out.line(rt(ex, "enterHandler") + "(" + match + ");");
      m.out.open("try");
      if (h.name() != null) {
        m.out.line(m.names.store(h.name(), match, f) + ";");
      }
      block(h.body(), f);
      String caught = m.fresh("e");
      m.out.middle("} catch (" + caught + ") {");
      m.out.line(rt(eg, "starRaised") + "(" + st + ", " + rt(ex, "toPyException") + "(" + caught + "));");
      m.out.middle("} finally {");
      m.out.line(rt(ex, "exitHandler") + "();");
      if (h.name() != null && !f.isClass()) {
        m.out.line(m.names.store(h.name(), m.imports.ref("internals/names.js", "UNBOUND"), f) + ";");
      }
      m.out.close();
      m.out.close();
    }
    String result = m.fresh("r");
    m.out.line("const " + result + " = " + rt(eg, "starResult") + "(" + st + ");");
    m.out.line("if (" + result + " !== undefined) throw " + result + ";");
  }

  /** The `else` and `finally` parts of a `try`. */
  private void tryTail(Stmt.Try t, Frame f, String ok, String pending) {
    boolean hasFinally = pending != null;
    if (ok != null) {
      m.out.open("if (" + ok + ")");
      block(t.orelse(), f);
      m.out.close();
    }
    if (hasFinally) {
      // An exception propagating through `finally` is the one being handled there (its
      // context for anything raised in the block), as in CPython.
      String caught = m.fresh("e");
      String ex = "types/exceptions.js";
      m.out.middle("} catch (" + caught + ") {");
      m.out.line(pending + " = " + rt(ex, "toPyException") + "(" + caught + ");");
      m.out.line("throw " + pending + ";");
      m.out.middle("} finally {");
      m.out.line("if (" + pending + " !== undefined) " + rt(ex, "enterHandler") + "(" + pending + ");");
      m.out.open("try");
      block(t.finalbody(), f);
      m.out.middle("} finally {");
      m.out.line("if (" + pending + " !== undefined) " + rt(ex, "exitHandler") + "();");
      m.out.close();
      m.out.close();
    }
  }

  /** `with a as x, b as y:` nests one context manager per item, as the language reference defines. */
  private void with(List<WithItem> items, int index, List<Stmt> body, int line, Frame f) {
    if (index == items.size()) {
      block(body, f);
      return;
    }
    WithItem item = items.get(index);
    String mgr = m.temp(f);
    String exit = m.temp(f);
    String ok = m.temp(f);
    m.out.line(mgr + " = " + expr(item.contextExpr(), f) + ";");
    m.out.line(exit + " = " + rt("internals/context.js", "exitOf") + "(" + mgr + ");");
    String entered = m.temp(f);
    m.out.line(entered + " = " + rt("internals/context.js", "enter") + "(" + mgr + ");");
    m.out.line(ok + " = true;");
    m.out.open("try");
    if (item.optionalVars() != null) {
      m.out.line(m.targets.assign(item.optionalVars(), entered, f) + ";");
    }
    with(items, index + 1, body, line, f);
    String caught = m.fresh("e");
    // CPython calls __exit__ at the `with` statement's line.
    m.out.at(line);
    m.out.middle("} catch (" + caught + ") {");
    m.out.line(ok + " = false;");
    m.out.line(rt("internals/context.js", "exitWithException") + "(" + exit + ", " + mgr + ", " + caught + ");");
    m.out.middle("} finally {");
    m.out.line("if (" + ok + ") " + rt("internals/call.js", "call") + "(" + exit + ", " + mgr + ", undefined, undefined, undefined);");
    m.out.close();
  }

  private void importStatement(Stmt.Import i, Frame f) {
    for (Alias a : i.names()) {
      String top = a.name().split("\\.")[0];
      if (raisesModuleNotFound(top)) {
        return;
      }
      String module = load(a.name(), a);
      if (a.asname() != null) {
        m.out.line(m.names.store(a.asname(), module, f) + ";");
      } else {
        m.out.line(m.names.store(top, moduleRef(top, a), f) + ";");
      }
    }
  }

  /**
   * Imports `dotted` where the statement stands, as CPython does: each package on the path and
   * then the module itself runs its body if this is its first import, and each submodule is
   * bound as an attribute of its package. Returns the module object's JS expression.
   */
  private String load(String dotted, Alias at) {
    String[] parts = dotted.split("\\.");
    String prefix = parts[0];
    String parent = parts.length == 1 || isModule(prefix) ? loadOne(prefix, at) : null;
    for (int k = 1; k < parts.length; k++) {
      String child = prefix + "." + parts[k];
      // A namespace package (a directory without __init__.py) has no body to run.
      String module = k == parts.length - 1 || isModule(child) ? loadOne(child, at) : null;
      if (parent != null && module != null) {
        // CPython binds the submodule in its package when its body has run; a module still
        // running (a circular import reached it) is returned as it is, unbound.
        m.out.line("if (!" + module + ".$loading) " + rt("internals/attribute.js", "setattr") + "(" + parent + ", "
            + JsNames.string(parts[k]) + ", " + module + ");");
      }
      parent = module;
      prefix = child;
    }
    return parent;
  }

  /**
   * For a module that exists nowhere, emits CPython's ModuleNotFoundError where the import
   * stands (so {@code try: import x / except ImportError:} works) and says so.
   */
  private boolean raisesModuleNotFound(String topLevel) {
    if (isModule(topLevel) || !m.linker.absent(topLevel)) {
      return false;
    }
    m.out.line("throw " + rt("types/exceptions.js", "moduleNotFound") + "(" + JsNames.string(topLevel) + ");");
    return true;
  }

  private boolean isModule(String dotted) {
    return m.linker.runtimeModule(dotted) != null || m.linker.userModule(dotted) != null;
  }

  /** Runs a user module's body on its first import (a no-op for runtime modules); its module object. */
  private String loadOne(String dotted, Alias at) {
    String ref = moduleRef(dotted, at);
    if (m.linker.runtimeModule(dotted) == null) {
      m.out.line(ModuleEmitter.loadAlias(ref) + "();");
    }
    return ref;
  }

  /** A JS expression for the module object of `dotted` (which must have been loaded). */
  private String moduleRef(String dotted, Alias at) {
    String runtime = m.linker.runtimeModule(dotted);
    if (runtime != null) {
      String exportName = dotted.replace('.', '_');
      return rt(runtime, exportName);
    }
    String path = m.linker.userModule(dotted);
    if (path == null) {
      throw new UnsupportedConstructException(new UnsupportedConstruct("import of module '" + dotted + "'", at.span()));
    }
    String alias = "$m_" + dotted.replace('.', '_');
    m.userImports.put(alias, path);
    return alias;
  }

  private void importFrom(Stmt.ImportFrom i, Frame f) {
    int level = i.level() == null ? 0 : i.level();
    String module = level > 0 ? m.linker.resolveRelative(level, i.module()) : i.module();
    if ("__future__".equals(module)) {
      return;
    }
    Alias at = i.names().get(0);
    if (level == 0 && raisesModuleNotFound(module.split("\\.")[0])) {
      return;
    }
    String from = isModule(module) ? load(module, at) : null;
    for (Alias a : i.names()) {
      String bound = a.asname() != null ? a.asname() : a.name();
      String value;
      String sub = module + "." + a.name();
      if (m.linker.userModule(sub) != null && m.linker.runtimeModule(sub) == null) {
        value = load(sub, a);
      } else {
        value = rt("internals/attribute.js", "importFrom") + "(" + (from != null ? from : moduleRef(module, at)) + ", " + JsNames.string(a.name()) + ")";
      }
      m.out.line(m.names.store(bound, value, f) + ";");
    }
  }
}
