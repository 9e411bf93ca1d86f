package dev.taipan.codegen;

import dev.taipan.frontend.scope.Scope;
import dev.taipan.frontend.scope.ScopeKind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/** The emitter's state for one Python scope: its symbol table, temporaries, loops and class context. */
final class Frame {
  final Scope scope;
  final Frame parent;
  /** For a class body: the JS variable holding its namespace. */
  String nsVar;
  /** For a class body: the class name (private-name mangling). */
  String className;
  /** The JS variable that will hold the class being defined, for zero-argument super(). */
  String classCell;
  /** The first parameter of the enclosing function (super()'s second argument). */
  String firstParam;
  /** The qualified name prefix for functions and classes defined in this scope. */
  String qualPrefix;
  final Set<String> temps = new LinkedHashSet<>();
  /** Variables of this scope that may be read unbound (declared with the unbound marker, reads checked). */
  Set<String> maybeUnbound = Set.of();
  /** Reads of this scope's locals proven bound (Name nodes by identity; see DefiniteAssignment). */
  Set<dev.taipan.frontend.ast.Expr.Name> boundReads = Set.of();
  final Deque<String> loopBreakFlags = new ArrayDeque<>();
  /**
   * For a function whose `return` statements undo its count against the recursion limit
   * ({@link UncountOnReturn}): the JS expression that undoes it; null when a `finally` does.
   */
  String uncount;
  /** The attribute facts of this scope's function ({@link AttributeFacts}), computed on first use. */
  private AttributeFacts attributeFacts;

  Frame(Scope scope, Frame parent) {
    this.scope = scope;
    this.parent = parent;
  }

  AttributeFacts attributeFacts() {
    if (attributeFacts == null) {
      attributeFacts = AttributeFacts.of(this);
    }
    return attributeFacts;
  }

  /** Whether code is being emitted inside a `for` or `while` body of this scope. */
  boolean inLoop() {
    return !loopBreakFlags.isEmpty();
  }

  ScopeKind kind() {
    return scope.kind();
  }

  boolean isClass() {
    return scope.kind() == ScopeKind.CLASS;
  }

  boolean isModule() {
    return scope.kind() == ScopeKind.MODULE;
  }

  /** The frame whose JS function declares temporaries (a class body runs inline in its parent). */
  Frame tempOwner() {
    return isClass() ? parent.tempOwner() : this;
  }

  /** The nearest enclosing class body, for name mangling. */
  String mangleClass() {
    for (Frame f = this; f != null; f = f.parent) {
      if (f.className != null) {
        return f.className;
      }
    }
    return null;
  }
}
