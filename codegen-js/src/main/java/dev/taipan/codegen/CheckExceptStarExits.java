package dev.taipan.codegen;

import dev.taipan.frontend.ast.ExceptHandler;
import dev.taipan.frontend.ast.MatchCase;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.ast.Stmt;
import java.util.List;
import java.util.function.Consumer;

/**
 * CPython's compiler rejects `break`, `continue` and `return` that would leave an `except*`
 * block ("'break', 'continue' and 'return' cannot appear in an except* block"). The front end
 * does not run that compiler check, so such a module is routed: Pyodide reports the SyntaxError.
 * A `break`/`continue` of a loop inside the block, and anything in a nested function or class,
 * is allowed.
 */
final class CheckExceptStarExits {
  private CheckExceptStarExits() {}

  /** Calls {@code report} with the span of each statement that leaves an except* handler of {@code t}. */
  static void find(Stmt.TryStar t, Consumer<Span> report) {
    for (ExceptHandler h : t.handlers()) {
      visit(h.body(), false, report);
    }
  }

  private static void visit(List<Stmt> body, boolean inLoop, Consumer<Span> report) {
    for (Stmt s : body) {
      visit(s, inLoop, report);
    }
  }

  private static void visit(Stmt s, boolean inLoop, Consumer<Span> report) {
    switch (s) {
      case Stmt.Return r -> report.accept(r.span());
      case Stmt.Break b when !inLoop -> report.accept(b.span());
      case Stmt.Continue c when !inLoop -> report.accept(c.span());
      case Stmt.For x -> {
        visit(x.body(), true, report);
        visit(x.orelse(), inLoop, report);
      }
      case Stmt.AsyncFor x -> {
        visit(x.body(), true, report);
        visit(x.orelse(), inLoop, report);
      }
      case Stmt.While x -> {
        visit(x.body(), true, report);
        visit(x.orelse(), inLoop, report);
      }
      case Stmt.If x -> {
        visit(x.body(), inLoop, report);
        visit(x.orelse(), inLoop, report);
      }
      case Stmt.With x -> visit(x.body(), inLoop, report);
      case Stmt.AsyncWith x -> visit(x.body(), inLoop, report);
      case Stmt.Match x -> {
        for (MatchCase c : x.cases()) {
          visit(c.body(), inLoop, report);
        }
      }
      case Stmt.Try x -> tryParts(x.body(), x.handlers(), x.orelse(), x.finalbody(), inLoop, report);
      case Stmt.TryStar x -> tryParts(x.body(), List.of(), x.orelse(), x.finalbody(), inLoop, report);
      default -> {}
    }
  }

  private static void tryParts(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
      boolean inLoop, Consumer<Span> report) {
    visit(body, inLoop, report);
    for (ExceptHandler h : handlers) {
      visit(h.body(), inLoop, report);
    }
    visit(orelse, inLoop, report);
    visit(finalbody, inLoop, report);
  }
}
