package dev.taipan.codegen;

import dev.taipan.frontend.ast.Comprehension;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.ast.UnaryOperator;
import java.math.BigInteger;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Finds the variables of one function (or comprehension) body that provably always hold an int
 * in a JS number, so the number fast paths can drop their type checks on reads of them.
 *
 * <p>A name qualifies when it has at least one binding and every binding in the scope is either an
 * assignment of an int literal within ±(2**53−1) or the target of a counting loop over the builtin
 * {@code range} whose start is absent or an int literal (the loop counter is a JS number that
 * steps by a literal; it cannot leave the safe range in fewer than 2**52 iterations). Any other
 * binding (augmented assignment, unpacking, other loops, walrus, del, import, def, class,
 * except-as, match capture, global/nonlocal) disqualifies the name. Nested scopes are not
 * entered, except that a walrus anywhere inside binds in this scope. The caller still checks that
 * the name is a plain local of the scope (not a parameter, cell or global).
 */
final class LocalTypeFacts {
  private static final BigInteger MAX_SAFE = BigInteger.valueOf(9007199254740991L);

  private LocalTypeFacts() {}

  /**
   * The names of `body` (statements, or a comprehension's generators and elements) that always
   * hold a safe int. `countingRange` says whether an iterable is a range iterated by a counting
   * loop with a literal (or absent) start.
   */
  static Set<String> smallInts(List<?> body, Predicate<Expr> countingRange) {
    Set<Expr.Name> approved = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<String> candidates = new TreeSet<>();
    Set<String> disqualified = new HashSet<>();
    AstNodes.preorderPruned(body, node -> {
      switch (node) {
        case Stmt.Assign a when isSafeIntLiteral(a.value()) -> {
          for (Expr t : a.targets()) {
            if (t instanceof Expr.Name n) {
              approved.add(n);
            }
          }
        }
        case Stmt.For fo when fo.target() instanceof Expr.Name n && countingRange.test(fo.iter()) -> approved.add(n);
        case Comprehension c when c.target() instanceof Expr.Name n && c.isAsync() == 0 && countingRange.test(c.iter()) -> approved.add(n);
        default -> {}
      }
    }, LocalTypeFacts::nestedScope);
    AstNodes.preorderPruned(body, node -> {
      switch (node) {
        case Expr.Name n when n.ctx() != ExprContext.Load -> {
          if (approved.contains(n)) {
            candidates.add(n.id());
          } else {
            disqualified.add(n.id());
          }
        }
        default -> disqualified.addAll(OtherBindings.of(node));
      }
    }, LocalTypeFacts::nestedScope);
    // A walrus binds in the enclosing function even from inside a comprehension.
    AstNodes.preorder(body, node -> {
      if (node instanceof Expr.NamedExpr w && w.target() instanceof Expr.Name n) {
        disqualified.add(n.id());
      }
    });
    candidates.removeAll(disqualified);
    return candidates;
  }

  /** Nodes that open their own scope: visited (their names bind here), not entered. */
  private static boolean nestedScope(Object node) {
    return node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef || node instanceof Stmt.ClassDef
        || node instanceof Expr.Lambda || node instanceof Expr.ListComp || node instanceof Expr.SetComp
        || node instanceof Expr.DictComp || node instanceof Expr.GeneratorExp;
  }

  static boolean isSafeIntLiteral(Expr e) {
    if (e instanceof Expr.Constant c && c.value() instanceof ConstantValue.IntValue i) {
      return i.value().abs().compareTo(MAX_SAFE) <= 0;
    }
    return e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.USub && isSafeIntLiteral(u.operand());
  }
}
