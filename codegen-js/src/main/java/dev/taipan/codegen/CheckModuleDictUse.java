package dev.taipan.codegen;

import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.CmpOp;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Stmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Refuses the uses of a module's `__dict__` (or `vars(module)`) that the runtime cannot make
 * exact. CPython's module dict also holds `__builtins__`, `__loader__`, `__spec__` and
 * `__file__`, and is ordered by the run-time order of the first bindings; the runtime's namespace
 * (internals/module-globals.js) is live through the module's globals but has neither, so a
 * program may only read, test, set or delete one key of it (`d[k]`, `k in d`, `d.get(k)`,
 * `d[k] = v`, `del d[k]`), as for globals(). The module is recognised by name: `M.__dict__` or
 * `vars(M)` where `M` is bound by an `import` statement somewhere in the module; like
 * CheckProvidedNames, a local variable of that name is checked too, which can only route a
 * module that did not need routing.
 */
final class CheckModuleDictUse {
  private CheckModuleDictUse() {}

  static List<UnsupportedConstruct> find(Mod.Module module) {
    Set<String> modules = importedNames(module);
    List<UnsupportedConstruct> found = new ArrayList<>();
    if (modules.isEmpty()) {
      return found;
    }
    Set<Expr> accepted = Collections.newSetFromMap(new IdentityHashMap<>());
    AstNodes.preorder(module.body(), node -> {
      switch (node) {
        case Expr.Subscript s when !opaqueKey(s.slice()) -> accepted.add(s.value());
        case Expr.Compare c -> {
          for (int i = 0; i < c.ops().size(); i++) {
            if (c.ops().get(i) == CmpOp.In || c.ops().get(i) == CmpOp.NotIn) {
              accepted.add(c.comparators().get(i));
            }
          }
        }
        case Expr.Call c when c.func() instanceof Expr.Attribute a && a.attr().equals("get") && c.keywords().isEmpty()
            && !c.args().isEmpty() && c.args().size() <= 2 && c.args().stream().noneMatch(x -> x instanceof Expr.Starred)
            && !opaqueKey(c.args().get(0)) -> accepted.add(a.value());
        default -> {}
      }
    });
    AstNodes.preorder(module.body(), node -> {
      if (node instanceof Expr e && isModuleDict(e, modules) && !accepted.contains(e)) {
        found.add(new UnsupportedConstruct(
            "a module's __dict__ other than reading, testing, setting or deleting one key (its other entries and order differ)",
            e.span()));
      }
    });
    return found;
  }

  /** `M.__dict__` (read) or `vars(M)` with `M` one of `modules`. */
  private static boolean isModuleDict(Expr e, Set<String> modules) {
    if (e instanceof Expr.Attribute a && a.attr().equals("__dict__") && a.ctx() == ExprContext.Load
        && a.value() instanceof Expr.Name n && modules.contains(n.id())) {
      return true;
    }
    return e instanceof Expr.Call c && c.func() instanceof Expr.Name f && f.id().equals("vars") && c.keywords().isEmpty()
        && c.args().size() == 1 && c.args().get(0) instanceof Expr.Name n && modules.contains(n.id());
  }

  /** The names `import` statements bind to modules (`import a.b` binds `a`). */
  private static Set<String> importedNames(Mod.Module module) {
    Set<String> names = new HashSet<>();
    AstNodes.preorder(module.body(), node -> {
      if (node instanceof Stmt.Import i) {
        for (Alias a : i.names()) {
          names.add(a.asname() != null ? a.asname() : a.name().split("\\.", 2)[0]);
        }
      }
    });
    return names;
  }

  /**
   * Entries of CPython's module namespace with no equivalent here; reading one with a key known
   * only at run time raises TypeError (internals/module-globals.js).
   */
  private static final Set<String> OPAQUE =
      Set.of("__loader__", "__spec__", "__builtins__", "__file__", "__cached__");

  private static boolean opaqueKey(Expr key) {
    return key instanceof Expr.Constant c && c.value() instanceof dev.taipan.frontend.ast.ConstantValue.StrValue s
        && OPAQUE.contains(s.value());
  }
}
