package dev.taipan.codegen;

import dev.taipan.frontend.ast.Arg;
import dev.taipan.frontend.ast.Arguments;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Keyword;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.scope.Scope;
import dev.taipan.frontend.scope.Symbol;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates `def`, `lambda` and `class`: a Python function is a JS function whose parameters
 * are Python's in order, registered with its signature; a generator function returns a
 * runtime generator around a JS generator; a class body fills a namespace object.
 */
final class FunctionEmitter {
  private final ModuleEmitter m;

  FunctionEmitter(ModuleEmitter m) {
    this.m = m;
  }

  private String rt(String file, String name) {
    return m.imports.ref(file, name);
  }

  /**
   * Opens a frame's count against the recursion limit (internals/recursion-depth.js): a call past
   * the limit raises RecursionError at CPython's depth, and the count is undone however the frame
   * ends. Closed by {@link #exitFrame}.
   */
  String enterFrame() {
    String depth = rt("internals/recursion-depth.js", "depth");
    return "if (++" + depth + ".n > " + depth + ".limit) " + rt("internals/recursion-depth.js", "overflow") + "(); try {";
  }

  String exitFrame() {
    return "} finally { " + uncount() + "; }";
  }

  /** The JS expression that undoes a frame's count against the recursion limit. */
  private String uncount() {
    return rt("internals/recursion-depth.js", "depth") + ".n--";
  }

  /**
   * Closes {@link #enterFrame} for a frame whose returns undo the count ({@link UncountOnReturn}):
   * an exception undoes it on its way out.
   */
  private String exitFrameOnThrow() {
    String caught = m.fresh("e");
    return "} catch (" + caught + ") { " + uncount() + "; throw " + caught + "; }";
  }

  /**
   * Opens a function body's frame count ({@link #enterFrame}) and records in {@code frame} whether
   * its returns undo it ({@link UncountOnReturn}); {@link #closeCount} closes it after the body.
   */
  private void openCount(List<Stmt> body, Frame frame) {
    frame.uncount = UncountOnReturn.applies(body) ? uncount() : null;
    m.out.lineWithoutPosition(enterFrame());
  }

  private void closeCount(List<Stmt> body, Frame frame) {
    if (frame.uncount == null) {
      m.out.lineWithoutPosition(exitFrame());
      return;
    }
    Stmt last = body.isEmpty() ? null : body.get(body.size() - 1);
    if (!(last instanceof Stmt.Return || last instanceof Stmt.Raise)) {
      m.out.lineWithoutPosition(uncount() + ";");
    }
    m.out.lineWithoutPosition(exitFrameOnThrow());
  }

  private static List<Arg> positional(Arguments a) {
    List<Arg> all = new ArrayList<>(a.posonlyargs());
    all.addAll(a.args());
    return all;
  }

  /** JS parameter list, in the runtime's order: positional, *args, keyword-only, **kwargs. */
  private static String jsParams(Arguments a) {
    List<String> p = new ArrayList<>();
    for (Arg x : positional(a)) {
      p.add(JsNames.ident(x.arg()));
    }
    if (a.vararg() != null) {
      p.add(JsNames.ident(a.vararg().arg()));
    }
    for (Arg x : a.kwonlyargs()) {
      p.add(JsNames.ident(x.arg()));
    }
    if (a.kwarg() != null) {
      p.add(JsNames.ident(a.kwarg().arg()));
    }
    return String.join(", ", p);
  }

  /** The `defineFunction` arguments after the function: qualname, names, posonly count, defaults, kw defaults. */
  private String signature(String qualname, Arguments a, Frame outer) {
    List<String> names = new ArrayList<>();
    for (Arg x : positional(a)) {
      names.add(JsNames.string(x.arg()));
    }
    if (a.vararg() != null) {
      names.add(JsNames.string("*" + a.vararg().arg()));
    } else if (!a.kwonlyargs().isEmpty()) {
      names.add("'*'");
    }
    for (Arg x : a.kwonlyargs()) {
      names.add(JsNames.string(x.arg()));
    }
    if (a.kwarg() != null) {
      names.add(JsNames.string("**" + a.kwarg().arg()));
    }
    List<String> defaults = new ArrayList<>();
    for (Expr d : a.defaults()) {
      defaults.add(m.expressions.emit(d, outer));
    }
    String kwdefaults = "null";
    List<String> kw = new ArrayList<>();
    for (int i = 0; i < a.kwonlyargs().size(); i++) {
      Expr d = i < a.kwDefaults().size() ? a.kwDefaults().get(i) : null;
      if (d != null) {
        kw.add(JsNames.string(a.kwonlyargs().get(i).arg()) + ": " + m.expressions.emit(d, outer));
      }
    }
    if (!kw.isEmpty()) {
      kwdefaults = "{ __proto__: null, " + String.join(", ", kw) + " }";
    }
    return JsNames.string(qualname) + ", [" + String.join(", ", names) + "], " + a.posonlyargs().size() + ", ["
        + String.join(", ", defaults) + "], " + kwdefaults + ", " + m.names.currentModuleName(false);
  }

  /** The `let` declaration of a function scope's own variables and temporaries. */
  private static String declarations(Scope scope, Frame frame) {
    return declarations(scope, frame, null);
  }

  private static String declarations(Scope scope, Frame frame, String unbound) {
    List<String> decl = new ArrayList<>();
    for (Symbol s : scope.symbols()) {
      if (NameResolver.declaresLocal(scope, s)) {
        decl.add(JsNames.ident(s.name()) + (unbound != null && frame.maybeUnbound.contains(s.name()) ? " = " + unbound : ""));
      }
    }
    decl.addAll(frame.temps);
    return decl.isEmpty() ? "" : "let " + String.join(", ", decl) + ";";
  }

  private Frame functionFrame(Object node, Frame outer, String qualname, Arguments args) {
    Scope scope = m.tables.scopeOf(node);
    Frame inner = new Frame(scope, outer);
    inner.qualPrefix = qualname + ".<locals>.";
    List<Arg> pos = positional(args);
    if (outer.isClass()) {
      inner.classCell = outer.classCell;
    }
    // As CPython's co_argcount: *args does not count, so super() there has no arguments.
    if (!pos.isEmpty()) {
      inner.firstParam = JsNames.ident(pos.get(0).arg());
    }
    return inner;
  }

  void def(Stmt.FunctionDef d, Frame f) {
    def(d, d.name(), d.args(), d.body(), d.decoratorList(), d.span().lineno(), f);
  }

  /** `async def`: the same function, whose body is wrapped as a coroutine or an asynchronous generator. */
  void asyncDef(Stmt.AsyncFunctionDef d, Frame f) {
    def(d, d.name(), d.args(), d.body(), d.decoratorList(), d.span().lineno(), f);
  }

  private void def(Stmt d, String name, Arguments args, List<Stmt> fnBody, List<Expr> decoratorList, int lineno, Frame f) {
    String qualname = f.qualPrefix + name;
    Frame inner = functionFrame(d, f, qualname, args);
    inner.maybeUnbound = FindMaybeUnbound.in(fnBody, inner.scope.parameters());
    inner.boundReads = DefiniteAssignment.boundReads(fnBody, inner.scope.parameters());
    List<String> decorators = new ArrayList<>();
    for (Expr deco : decoratorList) {
      decorators.add(m.expressions.emit(deco, f));
    }
    String jsName = JsNames.ident(name);
    String define = rt("internals/call.js", "defineFunction");
    StringBuilder opening = new StringBuilder();
    for (String deco : decorators) {
      opening.append(rt("internals/call.js", "call")).append("(").append(deco).append(", ");
    }
    ParameterGuards.Guard guard = d instanceof Stmt.FunctionDef ? ParameterGuards.find(args, fnBody, inner.scope) : null;
    String generic = null;
    if (guard != null) {
      // The generic body is a function of its own, so the specialised one stays small enough for V8 to inline.
      generic = m.fresh("generic");
      m.out.open("const " + generic + " = function " + jsName + "$(" + jsParams(args) + ")");
      body(fnBody, inner, false, name, qualname);
      m.out.close("};");
      m.out.at(lineno);
    }
    String definition = f.isModule() ? m.names.definitionVariable(name) : null;
    String rawFloat = guard != null ? rawFloatEntry(d, name, args, fnBody, decoratorList, guard, f) : null;
    if (definition != null) {
      // A function that direct calls reach is a JS function declaration, which the call sites
      // compare the global with (NameResolver.definitionVariable); the `def` binds it.
      m.out.open("function " + definition + "(" + jsParams(args) + ")");
      emitBody(d, f, qualname, args, fnBody, guard, generic, inner, name);
      m.out.at(lineno);
      m.out.close();
      String bind = m.names.store(name, define + "(" + definition + ", " + definitionTail(d, qualname, args, fnBody, f) + ")", f);
      m.out.line((rawFloat != null ? rawFloat + " = " : "") + bind + ";");
      return;
    }
    String target = m.names.store(name, opening + define + "(function " + jsName + "$(" + jsParams(args) + ")", f);
    m.out.open(rawFloat != null ? rawFloat + " = " + target : target);
    emitBody(d, f, qualname, args, fnBody, guard, generic, inner, name);
    m.out.at(lineno);
    m.out.close("}, " + definitionTail(d, qualname, args, fnBody, f) + ")" + ")".repeat(decorators.size()) + ";");
  }

  /**
   * The arguments of `defineFunction` after the JS function: signature (with the defaults), docstring
   * and annotations, evaluated in that order as CPython evaluates defaults before annotations.
   */
  private String definitionTail(Stmt d, String qualname, Arguments args, List<Stmt> fnBody, Frame f) {
    String signature = signature(qualname, args, f);
    String doc = docstring(fnBody);
    String ann = FunctionAnnotations.argument(args, returns(d), f, m);
    if (!ann.isEmpty() && doc.isEmpty()) {
      doc = ", undefined";
    }
    return signature + doc + ann;
  }

  private static Expr returns(Stmt d) {
    return switch (d) {
      case Stmt.FunctionDef fd -> fd.returns();
      case Stmt.AsyncFunctionDef ad -> ad.returns();
      default -> null;
    };
  }

  private void emitBody(Stmt d, Frame f, String qualname, Arguments args, List<Stmt> fnBody, ParameterGuards.Guard guard,
      String generic, Frame inner, String name) {
    if (guard != null) {
      specialisedBody(d, f, qualname, args, fnBody, guard, generic);
    } else {
      body(fnBody, inner, inner.scope.isGenerator() || inner.scope.isCoroutine(), name, qualname);
    }
  }

  /**
   * The body specialised for guarded int parameters, after the guard that hands any other
   * arguments to the generic body. The guard's line has no Python line, so a traceback through
   * the generic body shows one frame for the call.
   */
  private void specialisedBody(Stmt d, Frame f, String qualname, Arguments args, List<Stmt> fnBody, ParameterGuards.Guard guard,
      String generic) {
    Frame fast = functionFrame(d, f, qualname, args);
    fast.maybeUnbound = FindMaybeUnbound.in(fnBody, fast.scope.parameters());
    fast.boundReads = DefiniteAssignment.boundReads(fnBody, fast.scope.parameters());
    m.numeric.guard(fast, guard.params());
    int slot = m.out.reserve();
    int level = m.out.indent();
    m.out.lineWithoutPosition("if (!(" + guard.test() + ")) return " + generic + "(" + jsParams(args) + ");");
    openCount(fnBody, fast);
    m.statements.block(fnBody, fast);
    closeCount(fnBody, fast);
    m.out.fill(slot, declarations(fast.scope, fast, m.imports.ref("internals/names.js", "UNBOUND")), level);
  }

  /**
   * For a module-level function whose specialised body is one float quotient ({@link FloatReturns}),
   * emits its raw-double entry point (a hoisted JS function) and returns the module variable that
   * will hold the Python function; null for any other function.
   */
  private String rawFloatEntry(Stmt d, String name, Arguments args, List<Stmt> fnBody, List<Expr> decoratorList,
      ParameterGuards.Guard guard, Frame f) {
    if (!f.isModule() || !decoratorList.isEmpty() || args.vararg() != null || args.kwarg() != null || !args.kwonlyargs().isEmpty()
        || m.names.directCall(name, positional(args).size(), f) == null) {
      return null;
    }
    Expr divisor = FloatReturns.divisor(fnBody, guard);
    if (divisor == null) {
      return null;
    }
    String qualname = f.qualPrefix + name;
    Frame fast = functionFrame(d, f, qualname, args);
    fast.maybeUnbound = FindMaybeUnbound.in(fnBody, fast.scope.parameters());
    fast.boundReads = DefiniteAssignment.boundReads(fnBody, fast.scope.parameters());
    m.numeric.guard(fast, guard.params());
    String x = m.expressions.emit(divisor, fast);
    String function = m.temp(f);
    String entry = m.fresh("rawFloat");
    String quotient = m.fresh("rawQuot");
    List<String> params = new ArrayList<>();
    for (Arg a : positional(args)) {
      params.add(a.arg());
    }
    String decl = fast.temps.isEmpty() ? "" : "let " + String.join(", ", fast.temps) + "; ";
    // No Python line: a ZeroDivisionError comes from the Python function, so a traceback shows one frame.
    m.out.lineWithoutPosition("function " + entry + "(" + jsParams(args) + ") { " + decl + "const $d = " + x + "; if ($d === 0) return "
        + function + "(" + jsParams(args) + "); return " + NumericFastPaths.jsDouble(FloatReturns.dividend(fnBody)) + " / $d; }");
    // The quotient alone, for callers that detect a zero divisor otherwise (SumLoopGuards).
    m.out.lineWithoutPosition("function " + quotient + "(" + jsParams(args) + ") { " + decl + "const $d = " + x + "; return "
        + NumericFastPaths.jsDouble(FloatReturns.dividend(fnBody)) + " / $d; }");
    m.floatReturns.register(name, new FloatReturns.Raw(function, entry, quotient, guard, params));
    return function;
  }

  /** The extra `defineFunction` argument for a docstring, or nothing. */
  private static String docstring(List<Stmt> body) {
    if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
        && c.value() instanceof dev.taipan.frontend.ast.ConstantValue.StrValue s) {
      return ", " + JsNames.string(s.value());
    }
    return "";
  }

  /** Prints a function body (inside an opened JS function), declaring its variables first. */
  private void body(List<Stmt> body, Frame inner, boolean generator, String name, String qualname) {
    if (generator) {
      String make = !inner.scope.isCoroutine() ? rt("internals/iteration.js", "makeGenerator")
          : rt("internals/coroutine.js", inner.scope.isGenerator() ? "makeAsyncGenerator" : "makeCoroutine");
      m.out.open("return " + make + "((function* " + JsNames.ident(name) + "$0()");
    }
    if (!generator) {
      openCount(body, inner);
    }
    int slot = m.out.reserve();
    int level = m.out.indent();
    m.statements.block(body, inner);
    m.out.fill(slot, declarations(inner.scope, inner, m.imports.ref("internals/names.js", "UNBOUND")), level);
    if (!generator) {
      closeCount(body, inner);
    }
    if (generator) {
      m.out.close("})(), " + JsNames.string(name) + ", " + JsNames.string(qualname) + ");");
    }
  }

  /** A lambda as a one-line JS function expression. */
  String lambda(Expr.Lambda l, Frame f) {
    String qualname = f.qualPrefix + "<lambda>";
    Frame inner = functionFrame(l, f, qualname, l.args());
    String sig = signature(qualname, l.args(), f);
    String bodyCode;
    if (inner.scope.isGenerator()) {
      String value = m.expressions.emit(l.body(), inner);
      String decl = declarations(inner.scope, inner);
      bodyCode = "return " + rt("internals/iteration.js", "makeGenerator") + "((function* $lambda$0() { " + decl
          + " return " + value + "; })(), '<lambda>', " + JsNames.string(qualname) + ");";
    } else {
      // A lambda's body is one expression: its value is computed while the frame still counts.
      String value = m.expressions.emit(l.body(), inner);
      String t = m.temp(inner);
      String decl = declarations(inner.scope, inner);
      bodyCode = enterFrame() + " " + (decl.isEmpty() ? "" : decl + " ") + "return (" + t + " = " + value + ", " + uncount() + ", " + t
          + "); " + exitFrameOnThrow();
    }
    return rt("internals/call.js", "defineFunction") + "(function $lambda(" + jsParams(l.args()) + ") { " + bodyCode + " }, " + sig + ")";
  }

  void classDef(Stmt.ClassDef c, Frame f) {
    String qualname = f.qualPrefix + c.name();
    Scope scope = m.tables.scopeOf(c);
    Frame body = new Frame(scope, f);
    body.nsVar = m.fresh("ns");
    body.className = c.name();
    body.classCell = m.fresh("cls");
    body.qualPrefix = qualname + ".";
    List<String> decorators = new ArrayList<>();
    for (Expr deco : c.decoratorList()) {
      decorators.add(m.expressions.emit(deco, f));
    }
    m.out.open("");
    String bases = m.fresh("bases");
    m.out.line("const " + bases + " = [" + m.expressions.elements(c.bases(), f) + "];");
    List<String> kw = new ArrayList<>();
    for (Keyword k : c.keywords()) {
      if (k.arg() == null) {
        throw new UnsupportedConstructException(new UnsupportedConstruct("class keywords from **mapping", k.span()));
      }
      kw.add(JsNames.string(k.arg()) + ": " + m.expressions.emit(k.value(), f));
    }
    // Keywords are evaluated before the metaclass's __prepare__ and the body, as in CPython.
    String kwCode = "null";
    if (!kw.isEmpty()) {
      kwCode = m.fresh("kw");
      m.out.line("const " + kwCode + " = { __proto__: null, " + String.join(", ", kw) + " };");
    }
    String module = m.names.currentModuleName(true);
    if (!module.startsWith("'")) {
      String v = m.fresh("module");
      m.out.line("const " + v + " = " + module + ";");
      module = v;
    }
    String names = JsNames.string(qualname) + ", " + module;
    m.out.line("const " + body.nsVar + " = " + rt("types/class-creation.js", "prepareClass") + "(" + JsNames.string(c.name())
        + ", " + bases + ", " + kwCode + ", " + module + ", " + JsNames.string(qualname) + ");");
    m.out.line("let " + body.classCell + ";");
    if (ClassAnnotations.present(c.body())) {
      m.out.line(body.nsVar + "['__annotations__'] = " + rt("types/dict.js", "dictOf") + "();");
    }
    // The body runs as a JS function named for the class, so a traceback shows its frame
    // (`in C`) under the frame that runs the class statement, as CPython's class body code does.
    String bodyFn = m.fresh("body");
    m.out.open("const " + bodyFn + " = function " + JsNames.ident(c.name()) + "$()");
    // CPython counts the `__build_class__` builtin's call and the body's frame.
    String depth = rt("internals/recursion-depth.js", "depth");
    m.out.lineWithoutPosition("if ((" + depth + ".n += 2) > " + depth + ".limit) " + rt("internals/recursion-depth.js", "overflowClass")
        + "(); try {");
    String doc = docstring(c.body());
    if (!doc.isEmpty()) {
      // CPython's class body stores its docstring as `__doc__`, after the annotations dict.
      m.out.line(body.nsVar + "['__doc__'] = " + doc.substring(2) + ";");
    }
    m.statements.block(c.body(), body);
    m.out.lineWithoutPosition("} finally { " + depth + ".n -= 2; }");
    m.out.close("};");
    m.out.at(c.span().lineno());
    m.out.line(bodyFn + "();");
    m.out.line(body.classCell + " = " + rt("types/class-creation.js", "makeClass") + "(" + JsNames.string(c.name()) + ", " + bases
        + ", " + body.nsVar + ", " + names + ", " + kwCode + ");");
    String value = body.classCell;
    for (int i = decorators.size() - 1; i >= 0; i--) {
      value = rt("internals/call.js", "call") + "(" + decorators.get(i) + ", " + value + ")";
    }
    m.out.line(m.names.store(c.name(), value, f) + ";");
    m.out.close();
  }
}
