package dev.taipan.codegen;

import dev.taipan.frontend.ast.Arg;
import dev.taipan.frontend.ast.Arguments;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Statements that run no user code and cannot raise, so no function can be called while they
 * run (FindMaybeUnbound): `pass`, a docstring, an assignment of constants, readable names or
 * displays of them to names, an undecorated `def` with such defaults and annotations, a class
 * statement that `type` makes from such a body. An import is not inert (a user module's body
 * runs), nor is unpacking anything but a display of as many items (it calls `__iter__`).
 */
final class InertStatements {
  /** The program names `__annotations__`: an annotated assignment may store into its own object. */
  private final boolean annotationsNamed;
  /** Names whose read cannot raise NameError where the statement stands. */
  private final Predicate<String> readable;

  InertStatements(boolean annotationsNamed, Predicate<String> readable) {
    this.annotationsNamed = annotationsNamed;
    this.readable = readable;
  }

  boolean test(Stmt s) {
    return switch (s) {
      case Stmt.Pass p -> true;
      case Stmt.Expr e -> e.value() instanceof Expr.Constant;
      case Stmt.Assign a -> a.targets().stream().allMatch(t -> store(t, a.value())) && test(a.value());
      case Stmt.AnnAssign a -> !annotationsNamed && a.target() instanceof Expr.Name && test(a.annotation())
          && (a.value() == null || test(a.value()));
      case Stmt.FunctionDef f -> f.decoratorList().isEmpty() && signature(f.args(), f.returns());
      case Stmt.AsyncFunctionDef f -> f.decoratorList().isEmpty() && signature(f.args(), f.returns());
      case Stmt.ClassDef c -> classStatement(c);
      default -> false;
    };
  }

  /**
   * No decorators, bases or keywords (so `type` makes the class and no `__init_subclass__` or
   * metaclass of the program runs) and a body of inert statements whose stored values are not
   * names, since `type` calls `__set_name__` on any object of the namespace whose type defines it.
   */
  private boolean classStatement(Stmt.ClassDef c) {
    if (!c.decoratorList().isEmpty() || !c.bases().isEmpty() || !c.keywords().isEmpty()) {
      return false;
    }
    for (Stmt s : c.body()) {
      boolean storesName = switch (s) {
        case Stmt.Assign a -> a.value() instanceof Expr.Name;
        case Stmt.AnnAssign a -> a.value() instanceof Expr.Name;
        default -> false;
      };
      if (storesName || !test(s)) {
        return false;
      }
    }
    return true;
  }

  /** Whether storing `value` into `target` binds names only, without iterating an object. */
  private static boolean store(Expr target, Expr value) {
    List<Expr> targets = switch (target) {
      case Expr.Name n -> null;
      case Expr.Tuple tu -> tu.elts();
      case Expr.List l -> l.elts();
      default -> List.of();
    };
    if (targets == null) {
      return true;
    }
    List<Expr> values = switch (value) {
      case Expr.Tuple tu -> tu.elts();
      case Expr.List l -> l.elts();
      default -> null;
    };
    if (values == null || values.size() != targets.size() || targets.isEmpty()) {
      return false;
    }
    for (int k = 0; k < targets.size(); k++) {
      if (values.get(k) instanceof Expr.Starred || !store(targets.get(k), values.get(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean signature(Arguments a, Expr returns) {
    List<Arg> all = new ArrayList<>();
    all.addAll(a.posonlyargs());
    all.addAll(a.args());
    all.addAll(a.kwonlyargs());
    if (a.vararg() != null) {
      all.add(a.vararg());
    }
    if (a.kwarg() != null) {
      all.add(a.kwarg());
    }
    for (Arg x : all) {
      if (x.annotation() != null && !test(x.annotation())) {
        return false;
      }
    }
    return (returns == null || test(returns)) && a.defaults().stream().allMatch(this::test)
        && a.kwDefaults().stream().allMatch(d -> d == null || test(d));
  }

  /** An expression that calls no code and cannot raise: constants, readable names, and displays of them. */
  private boolean test(Expr e) {
    return switch (e) {
      case Expr.Constant c -> true;
      case Expr.Name n -> readable.test(n.id());
      case Expr.UnaryOp u -> u.operand() instanceof Expr.Constant;
      case Expr.Tuple t -> t.elts().stream().allMatch(this::test);
      case Expr.List l -> l.elts().stream().allMatch(this::test);
      default -> false;
    };
  }
}
