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
 * before that statement (also by a nested scope that may run before it), and names that `del`
 * or `except ... as` unbind, here or in a nested scope. docs/transpiler.md states the rule.
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
        if (node instanceof Expr.Name n && (n.id().equals("locals") || n.id().equals("dir")) && n.ctx() == ExprContext.Load) {
          readsLocals[0] = true;
        }
        switch (node) {
          case Expr.Name n when n.ctx() == ExprContext.Load -> {
            Integer first = firstBinding.get(n.id());
            if (first == null || first >= index) {
              maybe.add(n.id());
            }
          }
          case Expr.Name n when n.ctx() == ExprContext.Del -> {
            // Any `del` target, also inside a tuple or list (`del (x, y)`, `del [x]`).
            bound.add(n.id());
            maybe.add(n.id());
          }
          case Expr.Name n -> bound.add(n.id());
          case Stmt.FunctionDef d -> bound.add(d.name());
          case Stmt.AsyncFunctionDef d -> bound.add(d.name());
          case Stmt.ClassDef d -> bound.add(d.name());
          case Stmt.Import im -> im.names().forEach(a -> bound.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]));
          case Stmt.ImportFrom im -> im.names().forEach(a -> bound.add(a.asname() != null ? a.asname() : a.name()));
          case ExceptHandler h when h.name() != null -> maybe.add(h.name());
          default -> {}
        }
      });
    }
    nestedReads(body, firstBinding, maybe);
    for (String p : parameters) {
      if (!bound.contains(p)) {
        maybe.remove(p);
      }
    }
    if (readsLocals[0]) {
      // locals() and dir() list the variables bound where they are called: each must show whether it is.
      for (String n : bound) {
        if (!parameters.contains(n)) {
          maybe.add(n);
        }
      }
    }
    return maybe;
  }

  /**
   * Reads from nested scopes (functions, lambdas, classes, comprehensions) and what they
   * evaluate at once (defaults, decorators, annotations, bases). A nested function's body runs
   * when it is called, which may be before the scope binds the name (`def g(): return z`,
   * `g()`, `z = 1` raises NameError in CPython): its reads are safe only when the name is bound
   * before the function is made, or when the function is a `def` statement (or a method of a
   * class statement) and every statement from that one to the binding (the binding's own value
   * included) is inert, so none can call it. A `del` in a nested scope (`nonlocal x; del x`), or
   * an `except ... as` name it declares `global` or `nonlocal`, unbinds the name at any time.
   */
  private static void nestedReads(List<Stmt> body, Map<String, Integer> firstBinding, Set<String> maybe) {
    boolean annotationsNamed = namesAnnotations(body);
    for (int i = 0; i < body.size(); i++) {
      int index = i;
      Stmt stmt = body.get(i);
      walkOwnScope(stmt, node -> {
        if (!isNestedScope(node)) {
          return;
        }
        boolean statement = node == stmt;
        Object[] deferred = switch (node) {
          case Stmt.FunctionDef f -> new Object[] {f.body()};
          case Stmt.AsyncFunctionDef f -> new Object[] {f.body()};
          case Expr.Lambda l -> new Object[] {l.body()};
          case Stmt.ClassDef c -> functionBodies(c.body()).toArray();
          default -> new Object[0];
        };
        unbindsDeclared(node, maybe);
        Set<Object> later = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Object d : deferred) {
          AstNodes.preorder(d, r -> later.add(r));
        }
        AstNodes.preorder(node, r -> {
          if (!(r instanceof Expr.Name n)) {
            return;
          }
          if (n.ctx() == ExprContext.Del) {
            maybe.add(n.id());
            return;
          }
          if (n.ctx() != ExprContext.Load) {
            return;
          }
          Integer first = firstBinding.get(n.id());
          boolean safe;
          if (!later.contains(n)) {
            safe = first != null && first < index;
          } else {
            safe = first != null && (first < index || statement && inertFrom(body, firstBinding, index, first, annotationsNamed));
          }
          if (!safe) {
            maybe.add(n.id());
          }
        });
      });
    }
  }

  /** The bodies of the functions and lambdas defined in a class body: they run only when called. */
  private static List<Object> functionBodies(List<Stmt> classBody) {
    List<Object> out = new java.util.ArrayList<>();
    AstNodes.preorder(classBody, r -> {
      switch (r) {
        case Stmt.FunctionDef f -> out.add(f.body());
        case Stmt.AsyncFunctionDef f -> out.add(f.body());
        case Expr.Lambda l -> out.add(l.body());
        default -> {}
      }
    });
    return out;
  }

  private static boolean isNestedScope(Object n) {
    return n instanceof Stmt.FunctionDef || n instanceof Stmt.ClassDef || n instanceof Expr.Lambda
        || n instanceof Expr.ListComp || n instanceof Expr.SetComp || n instanceof Expr.DictComp
        || n instanceof Expr.GeneratorExp || n instanceof Stmt.AsyncFunctionDef;
  }

  /**
   * A nested scope's `except ... as x` unbinds `x` when the handler ends, which is the variable
   * of this scope when the nested scope declares it `global` or `nonlocal`.
   */
  private static void unbindsDeclared(Record nested, Set<String> maybe) {
    Set<String> declared = new HashSet<>();
    Set<String> handlerNames = new HashSet<>();
    AstNodes.preorder(nested, r -> {
      switch (r) {
        case Stmt.Global g -> declared.addAll(g.names());
        case Stmt.Nonlocal n -> declared.addAll(n.names());
        case ExceptHandler h when h.name() != null -> handlerNames.add(h.name());
        default -> {}
      }
    });
    handlerNames.retainAll(declared);
    maybe.addAll(handlerNames);
  }

  /** Whether any code of `body` names `__annotations__` (an annotated assignment then stores into what it holds). */
  private static boolean namesAnnotations(List<Stmt> body) {
    boolean[] found = {false};
    AstNodes.preorder(body, n -> {
      if (n instanceof Expr.Name x && x.id().equals("__annotations__")) {
        found[0] = true;
      }
    });
    return found[0];
  }

  /**
   * Whether statements `from`..`to` (inclusive) run no code that could call a function: no user
   * code, and no exception that could end the program while something else still runs. A name
   * read by statement `k` cannot raise when a statement before `k` binds it or it is a builtin.
   */
  private static boolean inertFrom(List<Stmt> body, Map<String, Integer> firstBinding, int from, int to,
      boolean annotationsNamed) {
    for (int k = from; k <= to; k++) {
      int index = k;
      InertStatements inert = new InertStatements(annotationsNamed, name -> {
        Integer first = firstBinding.get(name);
        return first != null && first < index || BuiltinNames.lookup(name) != null;
      });
      if (!inert.test(body.get(k))) {
        return false;
      }
    }
    return true;
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
