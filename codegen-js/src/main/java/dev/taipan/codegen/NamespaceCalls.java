package dev.taipan.codegen;

import dev.taipan.frontend.ast.CmpOp;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Stmt;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Where `globals()` and `locals()` can be translated exactly. The namespace dicts CPython
 * returns hold entries the runtime cannot reproduce (`__loader__`, `__spec__`, `__builtins__`)
 * and, for locals(), an order that follows the compiler's variable numbering; so a program may
 * only read, test or set one key of globals() (`g[k]`, `k in g`, `g.get(k)`, `g[k] = v`), read
 * or test one key of locals() or take its `sorted()`/`len()`, where neither the extra entries
 * nor the order show. A key set in CPython's locals() dict stays there until the next call,
 * which a new dict per call does not model, so locals() is never written.
 * locals() is accepted in the body of a `def` only (in a class body or at module level it is
 * another namespace).
 */
final class NamespaceCalls {
  private NamespaceCalls() {}

  /** Whether `e` is a call `name()` without arguments. */
  static boolean isCall(Expr e, String name) {
    return e instanceof Expr.Call c && c.func() instanceof Expr.Name n && n.id().equals(name)
        && c.args().isEmpty() && c.keywords().isEmpty();
  }

  /** The `globals`/`locals` name nodes of the module that stand in an accepted form. */
  static Set<Expr> accepted(Mod.Module module) {
    Set<Expr> inFunctions = Collections.newSetFromMap(new IdentityHashMap<>());
    AstNodes.preorder(module.body(), node -> {
      if (node instanceof Stmt.FunctionDef d) {
        for (Stmt s : d.body()) {
          AstNodes.preorderPruned(s, n -> {
            if (n instanceof Expr e && isCall(e, "locals")) {
              inFunctions.add(e);
            }
          }, n -> n instanceof Stmt.FunctionDef || n instanceof Stmt.ClassDef || n instanceof Expr.Lambda
              || n instanceof Expr.ListComp || n instanceof Expr.SetComp || n instanceof Expr.DictComp
              || n instanceof Expr.GeneratorExp || n instanceof Stmt.AsyncFunctionDef);
        }
      }
    });
    Set<Expr> ok = Collections.newSetFromMap(new IdentityHashMap<>());
    AstNodes.preorder(module.body(), node -> {
      switch (node) {
        case Expr.Subscript s when s.ctx() == ExprContext.Store && isCall(s.value(), "globals") ->
            accept(s.value(), ok, inFunctions);
        case Expr.Subscript s when s.ctx() == ExprContext.Load && !opaqueKey(s.slice()) -> accept(s.value(), ok, inFunctions);
        case Expr.Compare c -> {
          for (int i = 0; i < c.ops().size(); i++) {
            if (c.ops().get(i) == CmpOp.In || c.ops().get(i) == CmpOp.NotIn) {
              accept(c.comparators().get(i), ok, inFunctions);
            }
          }
        }
        case Expr.Call c when c.func() instanceof Expr.Attribute a && a.attr().equals("get") && c.keywords().isEmpty()
            && !c.args().isEmpty() && c.args().size() <= 2 && c.args().stream().noneMatch(x -> x instanceof Expr.Starred)
            && !opaqueKey(c.args().get(0)) ->
            accept(a.value(), ok, inFunctions);
        case Expr.Call c when c.func() instanceof Expr.Name n && (n.id().equals("sorted") || n.id().equals("len"))
            && c.args().size() == 1 && c.keywords().isEmpty() && isCall(c.args().get(0), "locals") ->
            accept(c.args().get(0), ok, inFunctions);
        default -> {}
      }
    });
    return ok;
  }

  /**
   * Entries of CPython's module namespace with no equivalent here (a loader, a module spec, a
   * path, the builtins); reading one with a key known at run time only raises TypeError.
   */
  private static final Set<String> OPAQUE =
      Set.of("__loader__", "__spec__", "__builtins__", "__file__", "__cached__", "__annotations__");

  private static boolean opaqueKey(Expr key) {
    return key instanceof Expr.Constant c && c.value() instanceof dev.taipan.frontend.ast.ConstantValue.StrValue s
        && OPAQUE.contains(s.value());
  }

  private static void accept(Expr e, Set<Expr> ok, Set<Expr> inFunctions) {
    if (isCall(e, "globals") || isCall(e, "locals") && inFunctions.contains(e)) {
      ok.add(((Expr.Call) e).func());
    }
  }

  /** Whether the module calls globals() anywhere. */
  static boolean readsGlobals(Mod.Module module) {
    boolean[] found = {false};
    AstNodes.preorder(module.body(), node -> {
      if (node instanceof Expr e && isCall(e, "globals")) {
        found[0] = true;
      }
    });
    return found[0];
  }

  /** Whether the module sets a key of globals(), so its names not bound by a statement may be bound at run time. */
  static boolean setsGlobals(Mod.Module module) {
    boolean[] found = {false};
    AstNodes.preorder(module.body(), node -> {
      if (node instanceof Expr.Subscript s && s.ctx() == ExprContext.Store && isCall(s.value(), "globals")) {
        found[0] = true;
      }
    });
    return found[0];
  }
}
