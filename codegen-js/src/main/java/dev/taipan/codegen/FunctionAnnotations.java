package dev.taipan.codegen;

import dev.taipan.frontend.ast.Arg;
import dev.taipan.frontend.ast.Arguments;
import dev.taipan.frontend.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * The annotations of a {@code def}, evaluated where the {@code def} runs as CPython 3.11's
 * compiler_visit_annotations does: after the decorators and defaults, in the enclosing scope, in
 * the order positional-or-keyword parameters, positional-only ones, {@code *args}, keyword-only
 * ones, {@code **kwargs}, {@code return}, each keyed by its (private-name mangled) name. Under
 * {@code from __future__ import annotations} the values are the annotations' source text. The
 * result is the trailing {@code defineFunction} argument: names and values alternating, so a
 * function without annotations passes nothing and pays nothing.
 */
final class FunctionAnnotations {
  private FunctionAnnotations() {}

  /** The annotated parameters and return, in CPython's order, each as (key, annotation). */
  static List<Entry> entries(Arguments a, Expr returns) {
    List<Entry> out = new ArrayList<>();
    params(a.args(), out);
    params(a.posonlyargs(), out);
    if (a.vararg() != null && a.vararg().annotation() != null) {
      out.add(new Entry(a.vararg().arg(), a.vararg().annotation()));
    }
    params(a.kwonlyargs(), out);
    if (a.kwarg() != null && a.kwarg().annotation() != null) {
      out.add(new Entry(a.kwarg().arg(), a.kwarg().annotation()));
    }
    if (returns != null) {
      out.add(new Entry("return", returns));
    }
    return out;
  }

  /** One annotation: the parameter's name as written (or {@code return}) and its expression. */
  record Entry(String name, Expr annotation) {}

  private static void params(List<Arg> args, List<Entry> out) {
    for (Arg x : args) {
      if (x.annotation() != null) {
        out.add(new Entry(x.arg(), x.annotation()));
      }
    }
  }

  /** {@code ", [k, v, ...]"} for defineFunction, or the empty string without annotations. */
  static String argument(Arguments a, Expr returns, Frame outer, ModuleEmitter m) {
    List<Entry> entries = entries(a, returns);
    if (entries.isEmpty()) {
      return "";
    }
    List<String> items = new ArrayList<>();
    for (Entry e : entries) {
      String key = e.name().equals("return") ? "return" : outer.scope.mangle(e.name());
      String value;
      if (m.futureAnnotations) {
        String text = ClassAnnotations.futureText(e.annotation());
        if (text == null) {
          throw new UnsupportedConstructException(new UnsupportedConstruct(FUTURE_REFUSAL, e.annotation().span()));
        }
        value = JsNames.string(text);
      } else {
        value = m.expressions.emit(e.annotation(), outer);
      }
      items.add(JsNames.string(key));
      items.add(value);
    }
    return ", [" + String.join(", ", items) + "]";
  }

  /** The refusal of a function annotation whose source text under future annotations is not written here. */
  static final String FUTURE_REFUSAL = "this function annotation under from __future__ import annotations";

  /** The annotations of a def whose future-annotations text is not written here, for CheckUnsupportedFeatures. */
  static List<UnsupportedConstruct> unsupported(Arguments a, Expr returns) {
    List<UnsupportedConstruct> found = new ArrayList<>();
    for (Entry e : entries(a, returns)) {
      if (ClassAnnotations.futureText(e.annotation()) == null) {
        found.add(new UnsupportedConstruct(FUTURE_REFUSAL, e.annotation().span()));
      }
    }
    return found;
  }
}
