package dev.taipan.codegen;

import dev.taipan.frontend.ast.Expr;

/**
 * A {@code for} loop over {@code s.split()} or {@code s.split(sep)} iterates the words one at a
 * time when {@code s} is an exact str (runtime {@code types/split-iterator.js}): the list is a
 * temporary nobody else sees and a str is immutable, so only allocation changes (the words die
 * young instead of surviving in one large list). Anything else (a str subclass, another object, a
 * separator that is not a non-empty str) makes the very call the loop would have made, on the
 * already evaluated receiver and argument, so evaluation order and errors are unchanged.
 */
final class SplitLoops {
  private final ModuleEmitter m;

  SplitLoops(ModuleEmitter m) {
    this.m = m;
  }

  /** The JS iterable for {@code for ... in iter}, or null when {@code iter} is not such a split call. */
  String iterable(Expr iter, Frame f) {
    if (!(iter instanceof Expr.Call c && c.func() instanceof Expr.Attribute a && a.attr().equals("split")
        && c.keywords().isEmpty() && c.args().size() <= 1 && c.args().stream().noneMatch(x -> x instanceof Expr.Starred))) {
      return null;
    }
    String receiver = m.temp(f);
    String sep = c.args().isEmpty() ? null : m.temp(f);
    StringBuilder js = new StringBuilder("(").append(receiver).append(" = ").append(m.expressions.emit(a.value(), f));
    if (sep != null) {
      js.append(", ").append(sep).append(" = ").append(m.expressions.emit(c.args().get(0), f));
    }
    String args = sep == null ? receiver : receiver + ", " + sep;
    String call = m.out.mark(new JsPrinter.Mark(c.span(), JsPrinter.Anchor.METHOD_CALL, a.span().endLineno(), a.span().endColOffset()),
        m.accessors.methodCall("split", c.args().size()) + "(" + args + ")");
    js.append(", ").append(m.imports.ref("types/split-iterator.js", "splitWords")).append("(").append(args).append(") ?? ")
        .append(m.imports.ref("internals/iteration.js", "iterateTemp")).append("(").append(call).append("))");
    return js.toString();
  }
}
