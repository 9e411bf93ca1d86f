package dev.taipan.codegen;

import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.ExceptHandler;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.MatchCase;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.ast.WithItem;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A forward definite-assignment analysis of one function body: finds the reads of local
 * names that every path reaches only after the name was bound (and not unbound since), so
 * they need no unbound check while reads that may precede the binding keep it. Conservative:
 * walrus targets, pattern captures and names bound inside `with`/`try` bodies count only
 * where the flow is certain, and unreachable code (after return/raise/break/continue) is
 * analysed as if everything were bound, as it never runs.
 */
final class DefiniteAssignment {
  /** Reads (Name nodes, by identity) proven bound. */
  private final Set<Expr.Name> bound = Collections.newSetFromMap(new IdentityHashMap<>());

  private DefiniteAssignment() {}

  /** The reads of `body` proven bound, `parameters` being bound on entry. */
  static Set<Expr.Name> boundReads(List<Stmt> body, List<String> parameters) {
    DefiniteAssignment a = new DefiniteAssignment();
    a.block(body, new HashSet<>(parameters));
    return a.bound;
  }

  /** Flows `d` (the names definitely bound; null when unreachable) through a block. */
  private Set<String> block(List<Stmt> body, Set<String> d) {
    for (Stmt s : body) {
      d = stmt(s, d);
    }
    return d;
  }

  private Set<String> stmt(Stmt s, Set<String> d) {
    if (d == null) {
      return null;
    }
    switch (s) {
      case Stmt.Expr e -> reads(e.value(), d);
      case Stmt.Assign a -> {
        reads(a.value(), d);
        a.targets().forEach(t -> targetReads(t, d));
        a.targets().forEach(t -> bind(t, d));
      }
      case Stmt.AugAssign a -> {
        reads(a.value(), d);
        reads(a.target(), d);
        bind(a.target(), d);
      }
      case Stmt.AnnAssign a -> {
        if (a.value() != null) {
          reads(a.value(), d);
          targetReads(a.target(), d);
          bind(a.target(), d);
        }
      }
      case Stmt.Return r -> {
        if (r.value() != null) {
          reads(r.value(), d);
        }
        return null;
      }
      case Stmt.Raise r -> {
        if (r.exc() != null) {
          reads(r.exc(), d);
        }
        if (r.cause() != null) {
          reads(r.cause(), d);
        }
        return null;
      }
      case Stmt.Break b -> {
        return null;
      }
      case Stmt.Continue c -> {
        return null;
      }
      case Stmt.Delete del -> {
        del.targets().forEach(t -> targetReads(t, d));
        Set<String> gone = new HashSet<>();
        del.targets().forEach(t -> collectNames(t, gone));
        d.removeAll(gone);
      }
      case Stmt.If i -> {
        reads(i.test(), d);
        return meet(block(i.body(), new HashSet<>(d)), block(i.orelse(), new HashSet<>(d)));
      }
      case Stmt.While w -> {
        Set<String> head = new HashSet<>(d);
        head.removeAll(unbinds(w.body()));
        reads(w.test(), head);
        block(w.body(), new HashSet<>(head));
        block(w.orelse(), new HashSet<>(head));
        head.removeAll(unbinds(w.orelse()));
        return head;
      }
      case Stmt.For f -> {
        reads(f.iter(), d);
        Set<String> head = new HashSet<>(d);
        head.removeAll(unbinds(f.body()));
        Set<String> body = new HashSet<>(head);
        targetReads(f.target(), body);
        bind(f.target(), body);
        block(f.body(), body);
        block(f.orelse(), new HashSet<>(head));
        head.removeAll(unbinds(f.orelse()));
        return head;
      }
      case Stmt.Try t -> {
        return tryStmt(t.body(), t.handlers(), t.orelse(), t.finalbody(), d);
      }
      case Stmt.With w -> {
        for (WithItem item : w.items()) {
          reads(item.contextExpr(), d);
          if (item.optionalVars() != null) {
            targetReads(item.optionalVars(), d);
            bind(item.optionalVars(), d);
          }
        }
        // An __exit__ that suppresses an exception resumes after the statement mid-body.
        Set<String> after = new HashSet<>(d);
        block(w.body(), d);
        after.removeAll(unbinds(w.body()));
        return after;
      }
      case Stmt.FunctionDef f -> d.add(f.name());
      case Stmt.ClassDef c -> d.add(c.name());
      case Stmt.Import i -> {
        for (Alias a : i.names()) {
          d.add(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
        }
      }
      case Stmt.ImportFrom i -> {
        for (Alias a : i.names()) {
          if (!a.name().equals("*")) {
            d.add(a.asname() != null ? a.asname() : a.name());
          }
        }
      }
      case Stmt.Assert a -> {
        reads(a.test(), d);
        if (a.msg() != null) {
          reads(a.msg(), d);
        }
      }
      case Stmt.Match mt -> {
        reads(mt.subject(), d);
        Set<String> after = new HashSet<>(d);
        for (MatchCase c : mt.cases()) {
          block(c.body(), new HashSet<>(d));
          after.removeAll(unbinds(c.body()));
        }
        return after;
      }
      case Stmt.Pass p -> {}
      case Stmt.Global g -> {}
      case Stmt.Nonlocal n -> {}
      case Stmt.AsyncFunctionDef f -> d.add(f.name());
      case Stmt.AsyncFor f -> d.removeAll(unbinds(List.of(f)));
      case Stmt.AsyncWith w -> d.removeAll(unbinds(List.of(w)));
      case Stmt.TryStar t -> d.removeAll(unbinds(List.of(t)));
      case Stmt.TypeAlias t -> {}
    }
    return d;
  }

  private Set<String> tryStmt(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
      List<Stmt> finalbody, Set<String> d) {
    // A handler or the finally clause may start anywhere in the body: only what was bound
    // before the statement (and not unbound by any part of it) is certain there.
    Set<String> entry = new HashSet<>(d);
    entry.removeAll(unbinds(body));
    Set<String> normal = block(orelse, block(body, new HashSet<>(d)));
    Set<String> end = normal;
    for (ExceptHandler h : handlers) {
      Set<String> hd = new HashSet<>(entry);
      if (h.type() != null) {
        reads(h.type(), hd);
      }
      if (h.name() != null) {
        hd.add(h.name());
      }
      hd = block(h.body(), hd);
      if (hd != null && h.name() != null) {
        hd.remove(h.name());
      }
      end = meet(end, hd);
    }
    if (finalbody.isEmpty()) {
      return end;
    }
    Set<String> finEntry = new HashSet<>(entry);
    for (ExceptHandler h : handlers) {
      finEntry.removeAll(unbinds(h.body()));
      if (h.name() != null) {
        finEntry.remove(h.name());
      }
    }
    finEntry.removeAll(unbinds(orelse));
    Set<String> fin = block(finalbody, finEntry);
    if (fin == null || end == null) {
      return fin == null ? null : end == null ? null : end;
    }
    Set<String> out = new HashSet<>(end);
    out.removeAll(unbinds(finalbody));
    out.addAll(fin);
    return out;
  }

  /** Intersection, null (unreachable) being the identity. */
  private static Set<String> meet(Set<String> a, Set<String> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    a.retainAll(b);
    return a;
  }

  /** Marks the reads of an expression evaluated where `d` holds. */
  private void reads(Expr e, Set<String> d) {
    ownScope(e, node -> {
      if (node instanceof Expr.Name n && n.ctx() == ExprContext.Load && d.contains(n.id())) {
        bound.add(n);
      }
    });
  }

  /** Marks the reads inside an assignment target (subscript and attribute bases). */
  private void targetReads(Expr t, Set<String> d) {
    switch (t) {
      case Expr.Name n -> {}
      case Expr.Tuple tu -> tu.elts().forEach(e -> targetReads(e, d));
      case Expr.List l -> l.elts().forEach(e -> targetReads(e, d));
      case Expr.Starred st -> targetReads(st.value(), d);
      default -> reads(t, d);
    }
  }

  private static void bind(Expr t, Set<String> d) {
    switch (t) {
      case Expr.Name n -> d.add(n.id());
      case Expr.Tuple tu -> tu.elts().forEach(e -> bind(e, d));
      case Expr.List l -> l.elts().forEach(e -> bind(e, d));
      case Expr.Starred st -> bind(st.value(), d);
      default -> {}
    }
  }

  /** Names that some statement of `body` may unbind: `del` targets and `except ... as` names. */
  private static Set<String> unbinds(List<Stmt> body) {
    Set<String> out = new HashSet<>();
    ownScope(body, node -> {
      if (node instanceof Stmt.Delete del) {
        for (Expr t : del.targets()) {
          collectNames(t, out);
        }
      } else if (node instanceof ExceptHandler h && h.name() != null) {
        out.add(h.name());
      }
    });
    return out;
  }

  private static void collectNames(Expr t, Set<String> out) {
    switch (t) {
      case Expr.Name n -> out.add(n.id());
      case Expr.Tuple tu -> tu.elts().forEach(e -> collectNames(e, out));
      case Expr.List l -> l.elts().forEach(e -> collectNames(e, out));
      default -> {}
    }
  }

  private static void ownScope(Object node, java.util.function.Consumer<Record> visit) {
    AstNodes.preorderPruned(node, visit, n -> n instanceof Stmt.FunctionDef || n instanceof Stmt.ClassDef
        || n instanceof Expr.Lambda || n instanceof Expr.ListComp || n instanceof Expr.SetComp
        || n instanceof Expr.DictComp || n instanceof Expr.GeneratorExp || n instanceof Stmt.AsyncFunctionDef);
  }
}
