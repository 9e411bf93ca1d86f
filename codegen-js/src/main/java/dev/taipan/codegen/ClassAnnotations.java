package dev.taipan.codegen;

import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.ExceptHandler;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.MatchCase;
import dev.taipan.frontend.ast.Stmt;
import java.util.List;

/**
 * A class body's {@code __annotations__}, as CPython builds it: the dict exists when the body
 * (outside nested functions and classes) holds an annotated assignment, and each annotated simple
 * name stores its evaluated annotation under its mangled name, after the value is bound. Under
 * {@code from __future__ import annotations} the stored value is the annotation's source text as
 * ast.unparse writes it; only shapes whose text is unambiguous (names, dotted names, subscripts
 * and lists of those, `|` unions, plain constants) are written, others are refused rather than
 * spelled differently from CPython.
 */
final class ClassAnnotations {
  private ClassAnnotations() {}

  /** CPython's find_ann: whether the block sets up __annotations__. */
  static boolean present(List<Stmt> body) {
    for (Stmt s : body) {
      if (has(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(Stmt s) {
    return switch (s) {
      case Stmt.AnnAssign a -> true;
      case Stmt.For f -> present(f.body()) || present(f.orelse());
      case Stmt.AsyncFor f -> present(f.body()) || present(f.orelse());
      case Stmt.While w -> present(w.body()) || present(w.orelse());
      case Stmt.If i -> present(i.body()) || present(i.orelse());
      case Stmt.With w -> present(w.body());
      case Stmt.AsyncWith w -> present(w.body());
      case Stmt.Try t -> present(t.body()) || handlers(t.handlers()) || present(t.orelse()) || present(t.finalbody());
      case Stmt.TryStar t -> present(t.body()) || handlers(t.handlers()) || present(t.orelse()) || present(t.finalbody());
      case Stmt.Match m -> m.cases().stream().map(MatchCase::body).anyMatch(ClassAnnotations::present);
      default -> false;
    };
  }

  /**
   * The annotations of a class body (outside nested functions and classes) that the emitter
   * cannot store as CPython does, for CheckUnsupportedFeatures.
   */
  static List<UnsupportedConstruct> unsupported(List<Stmt> body, boolean futureAnnotations) {
    List<UnsupportedConstruct> found = new java.util.ArrayList<>();
    collect(body, futureAnnotations, found);
    return found;
  }

  private static void collect(List<Stmt> body, boolean future, List<UnsupportedConstruct> found) {
    for (Stmt s : body) {
      switch (s) {
        case Stmt.AnnAssign a when a.simple() == 1 && a.target() instanceof Expr.Name -> {
          if (future && futureText(a.annotation()) == null) {
            found.add(new UnsupportedConstruct(FUTURE_REFUSAL, a.annotation().span()));
          }
        }
        case Stmt.For f -> blocks(future, found, f.body(), f.orelse());
        case Stmt.AsyncFor f -> blocks(future, found, f.body(), f.orelse());
        case Stmt.While w -> blocks(future, found, w.body(), w.orelse());
        case Stmt.If i -> blocks(future, found, i.body(), i.orelse());
        case Stmt.With w -> collect(w.body(), future, found);
        case Stmt.AsyncWith w -> collect(w.body(), future, found);
        case Stmt.Try t -> {
          blocks(future, found, t.body(), t.orelse(), t.finalbody());
          t.handlers().forEach(h -> collect(h.body(), future, found));
        }
        case Stmt.TryStar t -> {
          blocks(future, found, t.body(), t.orelse(), t.finalbody());
          t.handlers().forEach(h -> collect(h.body(), future, found));
        }
        case Stmt.Match m -> m.cases().forEach(c -> collect(c.body(), future, found));
        default -> {}
      }
    }
  }

  @SafeVarargs
  private static void blocks(boolean future, List<UnsupportedConstruct> found, List<Stmt>... bodies) {
    for (List<Stmt> b : bodies) {
      collect(b, future, found);
    }
  }

  /** The refusal of an annotation whose source text under future annotations is not written here. */
  static final String FUTURE_REFUSAL = "this class or module annotation under from __future__ import annotations";

  private static boolean handlers(List<ExceptHandler> hs) {
    return hs.stream().map(ExceptHandler::body).anyMatch(ClassAnnotations::present);
  }

  /** The source text CPython stores for {@code ann} under future annotations, or null if not written here. */
  static String futureText(Expr ann) {
    return switch (ann) {
      case Expr.Name n -> n.id();
      case Expr.Attribute a -> {
        String v = a.value() instanceof Expr.Name || a.value() instanceof Expr.Attribute ? futureText(a.value()) : null;
        yield v == null ? null : v + "." + a.attr();
      }
      case Expr.Constant c -> constantText(c.value());
      case Expr.BinOp b when b.op() == dev.taipan.frontend.ast.Operator.BitOr -> {
        // ast.unparse: `|` is left-associative, so only a right operand that is itself a `|` needs parentheses.
        String l = b.left() instanceof Expr.BinOp lb && lb.op() != dev.taipan.frontend.ast.Operator.BitOr ? null : futureText(b.left());
        String r = b.right() instanceof Expr.BinOp ? null : futureText(b.right());
        yield l == null || r == null ? null : l + " | " + r;
      }
      case Expr.List l -> {
        StringBuilder b = new StringBuilder("[");
        for (Expr e : l.elts()) {
          String x = futureText(e);
          if (x == null) {
            yield null;
          }
          b.append(b.length() == 1 ? "" : ", ").append(x);
        }
        yield b.append(']').toString();
      }
      case Expr.Subscript s -> {
        String v = s.value() instanceof Expr.Name || s.value() instanceof Expr.Attribute ? futureText(s.value()) : null;
        String i = subscriptText(s.slice());
        yield v == null || i == null ? null : v + "[" + i + "]";
      }
      default -> null;
    };
  }

  /** ast.unparse's text of a constant, for the constants whose text is plain (else null). */
  private static String constantText(ConstantValue v) {
    return switch (v) {
      case ConstantValue.Singleton sg -> switch (sg) {
        case NONE -> "None";
        case TRUE -> "True";
        case FALSE -> "False";
        case ELLIPSIS -> "...";
      };
      case ConstantValue.IntValue i -> i.value().signum() >= 0 ? i.value().toString() : null;
      // Printable ASCII without quotes or backslashes: repr() is the text between single quotes.
      case ConstantValue.StrValue str -> str.value().chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f && ch != '\\' && ch != '\'' && ch != '"')
          ? "'" + str.value() + "'" : null;
      default -> null;
    };
  }

  private static String subscriptText(Expr slice) {
    if (slice instanceof Expr.Tuple t) {
      if (t.elts().isEmpty()) {
        return null;
      }
      StringBuilder b = new StringBuilder();
      for (Expr e : t.elts()) {
        String x = futureText(e);
        if (x == null) {
          return null;
        }
        b.append(b.isEmpty() ? "" : ", ").append(x);
      }
      return t.elts().size() == 1 ? b + "," : b.toString();
    }
    return futureText(slice);
  }
}
