package dev.taipan.codegen;

import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.ExceptHandler;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Stmt;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the variables of one scope that may be read while unbound, so only those get an
 * "unbound" marker and a checked read (NameError / UnboundLocalError as CPython raises):
 * names never bound by an unconditional statement of the scope's own body, names read
 * before that statement, and names that `del` or `except ... as` unbind.
 */
final class FindMaybeUnbound {
  private FindMaybeUnbound() {}

  static Set<String> in(List<Stmt> body, List<String> parameters) {
    Map<String, Integer> firstBinding = new HashMap<>();
    for (int i = 0; i < body.size(); i++) {
      for (String n : unconditionalBindings(body.get(i))) {
        firstBinding.putIfAbsent(n, i);
      }
    }
    Set<String> maybe = new HashSet<>();
    Set<String> bound = new HashSet<>();
    boolean[] readsLocals = {false};
    for (int i = 0; i < body.size(); i++) {
      int index = i;
      walkOwnScope(body.get(i), node -> {
        if (node instanceof Expr.Name n && n.id().equals("locals") && n.ctx() == ExprContext.Load) {
          readsLocals[0] = true;
        }
        switch (node) {
          case Expr.Name n when n.ctx() == ExprContext.Load -> {
            Integer first = firstBinding.get(n.id());
            if (first == null || first >= index) {
              maybe.add(n.id());
            }
          }
          case Expr.Name n -> bound.add(n.id());
          case Stmt.Delete d -> d.targets().forEach(t -> {
            if (t instanceof Expr.Name n) {
              maybe.add(n.id());
            }
          });
          case ExceptHandler h when h.name() != null -> maybe.add(h.name());
          default -> {}
        }
      });
    }
    for (String p : parameters) {
      if (!bound.contains(p)) {
        maybe.remove(p);
      }
    }
    if (readsLocals[0]) {
      // locals() lists the variables bound where it is called: each must show whether it is.
      for (String n : bound) {
        if (!parameters.contains(n)) {
          maybe.add(n);
        }
      }
    }
    return maybe;
  }

  /** Names a statement binds whenever it completes normally. */
  private static Set<String> unconditionalBindings(Stmt s) {
    Set<String> out = new HashSet<>();
    switch (s) {
      case Stmt.Assign a -> a.targets().forEach(t -> targetNames(t, out));
      case Stmt.AnnAssign a when a.value() != null -> targetNames(a.target(), out);
      case Stmt.FunctionDef f -> out.add(f.name());
      case Stmt.AsyncFunctionDef f -> out.add(f.name());
      case Stmt.ClassDef c -> out.add(c.name());
      case Stmt.Import i -> {
        for (Alias a : i.names()) {
          out.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
        }
      }
      case Stmt.ImportFrom i -> {
        for (Alias a : i.names()) {
          out.add(a.asname() != null ? a.asname() : a.name());
        }
      }
      default -> {}
    }
    return out;
  }

  private static void targetNames(Expr t, Set<String> out) {
    switch (t) {
      case Expr.Name n -> out.add(n.id());
      case Expr.Tuple tu -> tu.elts().forEach(e -> targetNames(e, out));
      case Expr.List l -> l.elts().forEach(e -> targetNames(e, out));
      case Expr.Starred st -> targetNames(st.value(), out);
      default -> {}
    }
  }

  /** Visits the nodes of a statement that belong to the current scope (not nested defs, lambdas, comprehensions). */
  private static void walkOwnScope(Object node, java.util.function.Consumer<Record> visit) {
    AstNodes.preorderPruned(node, visit, n -> n instanceof Stmt.FunctionDef || n instanceof Stmt.ClassDef
        || n instanceof Expr.Lambda || n instanceof Expr.ListComp || n instanceof Expr.SetComp
        || n instanceof Expr.DictComp || n instanceof Expr.GeneratorExp || n instanceof Stmt.AsyncFunctionDef);
  }
}
