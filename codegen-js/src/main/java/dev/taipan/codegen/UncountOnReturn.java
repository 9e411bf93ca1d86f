package dev.taipan.codegen;

import dev.taipan.frontend.ast.MatchCase;
import dev.taipan.frontend.ast.Stmt;
import java.util.List;

/**
 * Whether a function's count against the recursion limit (runtime-js internals/recursion-depth.js)
 * can be undone by each `return` and at the end of the body, with a `catch` that undoes it and
 * rethrows for an exception, instead of a `finally`: V8 runs a `return` inside `try`/`finally`
 * through the finally's completion dispatch, which measured ≈ 10% of a small recursive call
 * (docs/performance.md, "Call overhead").
 *
 * <p>Undoing the count before the `return` is exact only when no Python code of this frame can
 * run after the returned value is computed: so never in a function with a `try`, `with` or
 * `async with` statement (a `finally` clause or `__exit__` runs after the value, while CPython's
 * frame is still counted), nor where a `return` leaves a `for` loop (the loop's iterator is closed
 * on the way out, which runs a generator's `finally` clause). Generators and coroutines keep their
 * own accounting. Nested functions and classes are other frames and are not looked into.
 */
final class UncountOnReturn {
  private UncountOnReturn() {}

  /** Whether the body of a plain (non-generator) function allows the count to be undone on return. */
  static boolean applies(List<Stmt> body) {
    return allowed(body, false);
  }

  private static boolean allowed(List<Stmt> body, boolean inFor) {
    for (Stmt s : body) {
      if (!allowed(s, inFor)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allowed(Stmt s, boolean inFor) {
    return switch (s) {
      case Stmt.Try x -> false;
      case Stmt.TryStar x -> false;
      case Stmt.With x -> false;
      case Stmt.AsyncWith x -> false;
      case Stmt.Return r -> !inFor;
      case Stmt.For x -> allowed(x.body(), true) && allowed(x.orelse(), inFor);
      case Stmt.AsyncFor x -> allowed(x.body(), true) && allowed(x.orelse(), inFor);
      case Stmt.While x -> allowed(x.body(), inFor) && allowed(x.orelse(), inFor);
      case Stmt.If x -> allowed(x.body(), inFor) && allowed(x.orelse(), inFor);
      case Stmt.Match x -> x.cases().stream().map(MatchCase::body).allMatch(b -> allowed(b, inFor));
      default -> true;
    };
  }
}
