package dev.taipan.codegen;

import dev.taipan.frontend.ast.Comprehension;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.scope.Scope;
import dev.taipan.frontend.scope.Symbol;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates comprehensions and generator expressions: each is its own scope, a JS function
 * called with the first iterable (evaluated in the enclosing scope, as Python does).
 */
final class ComprehensionEmitter {
  private final ModuleEmitter m;
  private final SumLoopGuards sumGuards;

  ComprehensionEmitter(ModuleEmitter m) {
    this.m = m;
    this.sumGuards = new SumLoopGuards(m);
  }

  private String rt(String file, String name) {
    return m.imports.ref(file, name);
  }

  String list(Expr.ListComp c, Frame f) {
    return build(c, c.generators(), f, "$listcomp", inner -> "$r.push(" + m.expressions.emit(c.elt(), inner) + ");", "[]");
  }

  String set(Expr.SetComp c, Frame f) {
    return build(c, c.generators(), f, "$setcomp", inner -> "$r.add(" + m.expressions.emit(c.elt(), inner) + ");",
        rt("types/set.js", "setOf") + "()");
  }

  String dict(Expr.DictComp c, Frame f) {
    return build(c, c.generators(), f, "$dictcomp",
        inner -> {
          String k = m.expressions.emit(c.key(), inner);
          String v = m.expressions.emit(c.value(), inner);
          return "$r.put(" + k + ", " + v + ");";
        },
        rt("types/dict.js", "dictOf") + "()");
  }

  String generator(Expr.GeneratorExp g, Frame f) {
    Scope scope = m.tables.scopeOf(g);
    Frame inner = new Frame(scope, f);
    inner.qualPrefix = f.qualPrefix + "<genexpr>.<locals>.";
    First first = first(g.generators().get(0), f);
    String loops = loops(g.generators(), inner,
        rt("internals/iteration.js", "resumed") + "(yield " + m.async.yieldedValue(m.expressions.emit(g.elt(), inner), inner) + ");", first);
    String body = declarations(scope, inner) + loops;
    String make = scope.isCoroutine() ? m.imports.ref("internals/coroutine.js", "makeAsyncGenerator")
        : rt("internals/iteration.js", "makeGenerator");
    return make + "((function* $genexpr(" + first.params() + ") { " + body + " })(" + first.args() + "), '<genexpr>', "
        + JsNames.string(f.qualPrefix + "<genexpr>") + ")";
  }

  /**
   * `sum(genexpr)` with the builtin sum: the generator would be consumed at once, so it is a loop
   * adding each element to 0 as sum does (plain `+`), with no generator object; a StopIteration
   * escaping the body still becomes a RuntimeError. Null for an asynchronous generator expression.
   */
  String sum(Expr.GeneratorExp g, Frame f) {
    Scope scope = m.tables.scopeOf(g);
    if (scope.isCoroutine() || g.generators().stream().anyMatch(c -> c.isAsync() != 0)) {
      return null;
    }
    Frame inner = new Frame(scope, f);
    inner.qualPrefix = f.qualPrefix + "<genexpr>.<locals>.";
    First first = first(g.generators().get(0), f);
    // Only the generator's own code is inside it: an exception from `+` (sum's) is not converted.
    RawItem rawItem = rawFloatItem(g.elt(), inner);
    String element;
    String hoisted = null;
    if (rawItem == null) {
      element = "$v = " + m.expressions.emit(g.elt(), inner) + "; $adding = true; $r = " + m.numeric.addTo("$r", "$v", inner)
          + "; $adding = false;";
    } else {
      // $k: this element is the float $d (a raw double); $isf: $r is a float kept as a raw double.
      String box = rt("types/float.js", "makeFloat");
      element = "$k = false; " + rawItem.code() + " $adding = true; if ($k && typeof $r === 'number') { $r = $r + $d; $isf = true; } else { if ($k) $v = "
          + box + "($d); if ($isf) { $r = " + box + "($r); $isf = false; } $r = " + m.numeric.addTo("$r", "$v", inner) + "; } $adding = false;";
      hoisted = g.generators().size() == 1 ? sumGuards.loop(rawItem, g.generators().get(0), first.range(), element, inner) : null;
    }
    String loops = hoisted != null ? hoisted : loops(g.generators(), inner, element, first);
    String result = rawItem == null ? "$r" : "$isf ? " + rt("types/float.js", "makeFloat") + "($r) : $r";
    String body = declarations(scope, inner) + "let $r = 0, $v, $adding = false" + (rawItem == null ? "" : ", $d = 0, $k = false, $isf = false")
        + "; try { " + loops + " } catch ($err) { throw $adding ? $err : " + rt("internals/iteration.js", "escapedGenerator")
        + "($err); } return " + result + ";";
    return "(function $genexpr(" + first.params() + ") { " + body + " })(" + first.args() + ")";
  }

  /**
   * A `sum` element that calls a raw-double entry point: the call, the callee's JS reference, the
   * entry point, the arguments' JS references, the factor `y` (or null), and the statements that
   * evaluate the element ({@link #rawFloatItem}).
   */
  record RawItem(Expr.Call call, String callee, FloatReturns.Raw raw, List<String> args, Expr factor, String code) {}

  /**
   * For a `sum` element `f(a, b)` or `f(a, b) * y`, where `f` is a module-level function with a
   * raw-double entry point ({@link FloatReturns}) and the arguments are names or int literals:
   * statements that set `$k` and leave the float element in `$d` as a double when `f` is still
   * that function and the arguments pass its guard (and `y` is a JS number or a `PyFloat`), and
   * otherwise leave the element's Python value in `$v`. Null when the element has another shape.
   * Python's order holds: the callee, the arguments, the call, then `y`; the names read twice are
   * side-effect free, and the fallback reads them again only when the callee test failed first.
   */
  private RawItem rawFloatItem(Expr elt, Frame inner) {
    Expr call = elt;
    Expr factor = null;
    if (elt instanceof Expr.BinOp b && b.op() == dev.taipan.frontend.ast.Operator.Mult) {
      call = b.left();
      factor = b.right();
    }
    if (!(call instanceof Expr.Call c && c.func() instanceof Expr.Name fn && c.keywords().isEmpty()
        && c.args().stream().allMatch(a -> a instanceof Expr.Name || a instanceof Expr.Constant k && k.value() instanceof dev.taipan.frontend.ast.ConstantValue.IntValue))
        || !(m.names.directCall(fn.id(), c.args().size(), inner) instanceof String callee)) {
      return null;
    }
    FloatReturns.Raw raw = m.floatReturns.of(fn.id());
    if (raw == null || raw.params().size() != c.args().size()) {
      return null;
    }
    List<String> args = new ArrayList<>();
    for (Expr a : c.args()) {
      String code = m.expressions.emit(a, inner);
      if (!code.matches("[A-Za-z_$][A-Za-z0-9_$]*|\\(?-?[0-9]+\\)?")) {
        return null;
      }
      args.add(code);
    }
    String value = m.out.mark(c.span(), raw.entry() + "(" + String.join(", ", args) + ")");
    String fast;
    if (factor == null) {
      fast = "$d = " + value + "; $k = true;";
    } else {
      String y = m.temp(inner);
      fast = "$d = " + value + "; " + y + " = " + m.expressions.emit(factor, inner) + "; if (typeof " + y + " === 'number') { $d = $d * " + y
          + "; $k = true; } else if (" + y + " != null && " + y + ".constructor === " + rt("types/float.js", "PyFloat") + ") { $d = $d * " + y
          + ".v; $k = true; } else $v = " + rt("internals/arith.js", "mul") + "(" + rt("types/float.js", "makeFloat") + "($d), " + y + ");";
    }
    String code = "if (" + callee + " === " + raw.function() + " && " + raw.test(args) + ") { " + fast + " } else $v = " + m.expressions.emit(elt, inner) + ";";
    return new RawItem(c, callee, raw, args, factor, code);
  }

  /** How the outermost iterable reaches the comprehension's function: its parameters and arguments. */
  private record First(String params, String args, RangeLoops.Range range) {}

  /**
   * The outermost iterable, evaluated in the enclosing scope: an iterator (for `async for`, an
   * async one), or for the builtin range with a literal step its start and stop.
   */
  private First first(Comprehension g, Frame f) {
    if (g.isAsync() == 0 && m.ranges.of(g.iter(), f) instanceof RangeLoops.Range r) {
      String[] b = m.ranges.bounds(r, f);
      return new First("$s, $e", b[0] + ", " + b[1], r);
    }
    String iterable = m.expressions.iterable(g.iter(), f);
    return new First("$it", g.isAsync() != 0 ? m.async.aiter(iterable) : rt("internals/iteration.js", "iterate") + "(" + iterable + ")", null);
  }

  private interface Element {
    String emit(Frame inner);
  }

  private String build(Object node, List<Comprehension> gens, Frame f, String name, Element element, String init) {
    Scope scope = m.tables.scopeOf(node);
    Frame inner = new Frame(scope, f);
    inner.qualPrefix = f.qualPrefix + name.substring(1) + ".<locals>.";
    First first = first(gens.get(0), f);
    String loops = loops(gens, inner, element.emit(inner), first);
    String body = declarations(scope, inner) + "const $r = " + init + "; " + loops + " return $r;";
    if (scope.isCoroutine()) {
      // An asynchronous comprehension is a coroutine awaited where it stands.
      return "(yield* (function* " + name + "(" + first.params() + ") { " + body + " })(" + first.args() + "))";
    }
    return "(function " + name + "(" + first.params() + ") { " + m.functions.enterFrame() + " " + body + " " + m.functions.exitFrame()
        + " })(" + first.args() + ")";
  }

  private String loops(List<Comprehension> gens, Frame inner, String innermost, First first) {
    String code = innermost;
    for (int i = gens.size() - 1; i >= 0; i--) {
      Comprehension g = gens.get(i);
      StringBuilder b = new StringBuilder();
      String item = m.fresh("x");
      RangeLoops.Range range = i == 0 ? first.range() : g.isAsync() != 0 ? null : m.ranges.of(g.iter(), inner);
      if (range != null) {
        String[] bounds = i == 0 ? new String[] {"$s", "$e"} : m.ranges.bounds(range, inner);
        b.append(m.ranges.header(item, m.fresh("e"), bounds[0], bounds[1], range.step())).append(" { ");
      } else if (g.isAsync() != 0) {
        b.append(m.async.loopHeader(i == 0 ? "$it" : m.async.aiter(m.expressions.emit(g.iter(), inner)), item)).append(" ");
      } else {
        String iterable = i == 0 ? "$it" : rt("internals/iteration.js", "iterate") + "(" + m.expressions.iterable(g.iter(), inner) + ")";
        b.append("for (const ").append(item).append(" of ").append(iterable).append(") { ");
      }
      b.append(m.targets.assign(g.target(), item, inner)).append("; ");
      for (Expr cond : g.ifs()) {
        b.append("if (!").append(m.expressions.test(cond, inner)).append(") continue; ");
      }
      b.append(code).append(" }");
      code = b.toString();
    }
    return code;
  }

  private static String declarations(Scope scope, Frame frame) {
    List<String> decl = new ArrayList<>();
    for (Symbol s : scope.symbols()) {
      if (NameResolver.declaresLocal(scope, s) && !s.name().startsWith(".")) {
        decl.add(JsNames.ident(s.name()));
      }
    }
    decl.addAll(frame.temps);
    return decl.isEmpty() ? "" : "let " + String.join(", ", decl) + "; ";
  }
}
