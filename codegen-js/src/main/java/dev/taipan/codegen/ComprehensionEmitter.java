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

  ComprehensionEmitter(ModuleEmitter m) {
    this.m = m;
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
    String first = firstIterable(g.generators().get(0), f);
    String loops = loops(g.generators(), inner, "yield " + m.async.yieldedValue(m.expressions.emit(g.elt(), inner), inner) + ";");
    String body = declarations(scope, inner) + loops;
    String make = scope.isCoroutine() ? m.imports.ref("internals/coroutine.js", "makeAsyncGenerator")
        : rt("internals/iteration.js", "makeGenerator");
    return make + "((function* $genexpr($it) { " + body + " })(" + first + "), '<genexpr>', "
        + JsNames.string(f.qualPrefix + "<genexpr>") + ")";
  }

  /** The outermost iterable, evaluated in the enclosing scope: an iterator for `async for`. */
  private String firstIterable(Comprehension g, Frame f) {
    String iterable = m.expressions.emit(g.iter(), f);
    return g.isAsync() != 0 ? m.async.aiter(iterable) : rt("internals/iteration.js", "iterate") + "(" + iterable + ")";
  }

  private interface Element {
    String emit(Frame inner);
  }

  private String build(Object node, List<Comprehension> gens, Frame f, String name, Element element, String init) {
    Scope scope = m.tables.scopeOf(node);
    Frame inner = new Frame(scope, f);
    inner.qualPrefix = f.qualPrefix + name.substring(1) + ".<locals>.";
    String first = firstIterable(gens.get(0), f);
    String loops = loops(gens, inner, element.emit(inner));
    String body = declarations(scope, inner) + "const $r = " + init + "; " + loops + " return $r;";
    if (scope.isCoroutine()) {
      // An asynchronous comprehension is a coroutine awaited where it stands.
      return "(yield* (function* " + name + "($it) { " + body + " })(" + first + "))";
    }
    return "(function " + name + "($it) { " + body + " })(" + first + ")";
  }

  private String loops(List<Comprehension> gens, Frame inner, String innermost) {
    String code = innermost;
    for (int i = gens.size() - 1; i >= 0; i--) {
      Comprehension g = gens.get(i);
      StringBuilder b = new StringBuilder();
      String item = m.fresh("x");
      if (g.isAsync() != 0) {
        b.append(m.async.loopHeader(i == 0 ? "$it" : m.async.aiter(m.expressions.emit(g.iter(), inner)), item)).append(" ");
      } else {
        String iterable = i == 0 ? "$it" : rt("internals/iteration.js", "iterate") + "(" + m.expressions.emit(g.iter(), inner) + ")";
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
