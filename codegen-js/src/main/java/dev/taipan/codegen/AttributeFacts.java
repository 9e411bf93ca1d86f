package dev.taipan.codegen;

import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.scope.Symbol;
import dev.taipan.frontend.scope.SymbolScope;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Attribute facts: a function checks the guards of its attribute fast paths (a plain instance,
 * {@code o.$pl === true}, holding no integral float, {@code o.$fi === null}; AttributeAccessors)
 * once per object held in a local, and remembers in a JS local the epoch at which they passed
 * (runtime internals/attr-epoch.js). A later load or store of an attribute of the same local
 * compares that epoch with the current one instead of testing both properties again; the runtime
 * advances the epoch whenever any object could stop passing them (its class made not plain, its
 * {@code __class__} assigned, its {@code __dict__} taken, its first integral float stored), so
 * the fact holds across calls and any user code, exactly while the epoch is unchanged.
 *
 * <p>A fact is about the object a local held when it was checked, so it is kept only for locals
 * whose every rebinding resets it: parameters and plain locals (not cells, globals or free
 * variables) whose only bindings in the body are assignment statements to names and {@code for}
 * loops with a name as target, after which the statement emitter resets the fact
 * ({@link #reset}). A local bound in any other way (augmented assignment, unpacking, an
 * asynchronous loop, walrus, {@code del}, {@code with}/{@code except} as,
 * import, def, class, match capture) has no fact. Generators and coroutines keep none, so no fact
 * lives across a suspension, and nested scopes (lambdas, comprehensions, nested functions) keep
 * their own: a fact is a JS local of one function.
 *
 * <p>Only methods (functions defined in a class body) keep facts. A method of a base class runs
 * on instances of its subclasses, so its accesses see several hidden classes, and each guard is
 * a polymorphic dispatch of its own that V8 repeats at every access (richards). A plain
 * function's loop over instances of one class is monomorphic, and V8 already drops the repeated
 * guards between accesses with no call between them; the fact's test only added work there
 * (nbody measured ≈ 10% slower with facts on its loop variables).
 */
final class AttributeFacts {
  /** The names with a fact, each with its JS local (allocated on first use). */
  private final Map<String, String> locals = new LinkedHashMap<>();
  private final Set<String> names;

  private AttributeFacts(Set<String> names) {
    this.names = names;
  }

  private static final AttributeFacts NONE = new AttributeFacts(Set.of());

  /** The facts of frame {@code f}'s function (none for any other scope). */
  static AttributeFacts of(Frame f) {
    if (f.scope.isGenerator() || f.scope.isCoroutine() || !(f.scope.node() instanceof Stmt.FunctionDef d)
        || f.parent == null || !f.parent.isClass()) {
      return NONE;
    }
    Set<String> names = trackable(d.body());
    names.removeIf(n -> {
      Symbol s = f.scope.symbol(n);
      return s == null || s.scope() != SymbolScope.LOCAL;
    });
    return names.isEmpty() ? NONE : new AttributeFacts(names);
  }

  /**
   * The JS local remembering the fact of the object held by local {@code name} (its epoch, or
   * anything else when unchecked), or null when that local has none.
   */
  String local(String name, ModuleEmitter m, Frame f) {
    if (!names.contains(name)) {
      return null;
    }
    return locals.computeIfAbsent(name, n -> m.temp(f));
  }

  /** The fact local of the receiver of an attribute access, or null. */
  String local(Expr.Attribute a, ModuleEmitter m, Frame f) {
    return a.value() instanceof Expr.Name n ? local(n.id(), m, f) : null;
  }

  /**
   * The JS statement that forgets the fact of local {@code name} after an assignment binds it
   * (null when it has none): the next access checks the new object.
   */
  String reset(String name, ModuleEmitter m, Frame f) {
    String k = local(name, m, f);
    return k == null ? null : k + " = undefined;";
  }

  /**
   * The names of {@code body} that receive attribute accesses and are bound only by assignment
   * statements and {@code for} loops with name targets (or not at all, parameters); nested scopes are not entered,
   * but a name they bind here (walrus) or declare ({@code nonlocal}) is disqualified.
   */
  static Set<String> trackable(List<Stmt> body) {
    Set<String> receivers = new TreeSet<>();
    Set<Expr.Name> approved = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Set<String> disqualified = new HashSet<>();
    AstNodes.preorderPruned(body, node -> {
      switch (node) {
        case Expr.Attribute a when a.value() instanceof Expr.Name n -> receivers.add(n.id());
        case Stmt.For fo when fo.target() instanceof Expr.Name n -> approved.add(n);
        case Stmt.Assign a -> {
          for (Expr t : a.targets()) {
            if (t instanceof Expr.Name n) {
              approved.add(n);
            }
          }
        }
        default -> {}
      }
    }, AttributeFacts::nestedScope);
    AstNodes.preorderPruned(body, node -> {
      switch (node) {
        case Expr.Name n when n.ctx() != ExprContext.Load && !approved.contains(n) -> disqualified.add(n.id());
        default -> disqualified.addAll(OtherBindings.of(node));
      }
    }, AttributeFacts::nestedScope);
    // A walrus binds in the enclosing function even from inside a comprehension, and a nested
    // function may rebind a name of this one (then a cell, excluded anyway by its scope).
    AstNodes.preorder(body, node -> {
      switch (node) {
        case Expr.NamedExpr w when w.target() instanceof Expr.Name n -> disqualified.add(n.id());
        case Stmt.Nonlocal n -> disqualified.addAll(n.names());
        default -> {}
      }
    });
    receivers.removeAll(disqualified);
    return receivers;
  }

  /** Nodes that open their own scope: visited (their names bind here), not entered. */
  private static boolean nestedScope(Object node) {
    return node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef || node instanceof Stmt.ClassDef
        || node instanceof Expr.Lambda || node instanceof Expr.ListComp || node instanceof Expr.SetComp
        || node instanceof Expr.DictComp || node instanceof Expr.GeneratorExp;
  }
}
