package dev.taipan.codegen;

import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.MatchCase;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Pattern;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.scope.SymbolTableError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SyntaxErrors CPython's compiler raises for `match` patterns (unreachable cases, names
 * bound twice or differently by alternatives, repeated stars, attributes and literal keys),
 * reported at the node CPython points to.
 */
public final class CheckMatchPatterns {
  private CheckMatchPatterns() {}

  /** Throws the first pattern SyntaxError of the module, in source order. */
  public static void check(Mod.Module module) throws SymbolTableError {
    List<Stmt.Match> matches = new ArrayList<>();
    AstNodes.preorder(module.body(), node -> {
      if (node instanceof Stmt.Match m) {
        matches.add(m);
      }
    });
    for (Stmt.Match m : matches) {
      List<MatchCase> cases = m.cases();
      for (int i = 0; i < cases.size(); i++) {
        MatchCase c = cases.get(i);
        boolean irrefutableAllowed = c.guard() != null || i == cases.size() - 1;
        pattern(c.pattern(), irrefutableAllowed, new LinkedHashSet<>());
      }
    }
  }

  private static void pattern(Pattern p, boolean irrefutableAllowed, Set<String> names) throws SymbolTableError {
    switch (p) {
      case Pattern.MatchValue v -> {}
      case Pattern.MatchSingleton s -> {}
      case Pattern.MatchSequence sq -> {
        long stars = sq.patterns().stream().filter(q -> q instanceof Pattern.MatchStar).count();
        if (stars > 1) {
          throw new SymbolTableError("multiple starred names in sequence pattern", sq.span());
        }
        for (Pattern q : sq.patterns()) {
          pattern(q, true, names);
        }
      }
      case Pattern.MatchMapping mp -> {
        duplicateKeys(mp);
        for (Pattern q : mp.patterns()) {
          pattern(q, true, names);
        }
        if (mp.rest() != null) {
          store(mp.rest(), mp.patterns().isEmpty() ? mp : last(mp.patterns().get(mp.patterns().size() - 1)), names);
        }
      }
      case Pattern.MatchClass cl -> {
        for (Pattern q : cl.patterns()) {
          pattern(q, true, names);
        }
        Set<String> attrs = new HashSet<>();
        for (int i = 0; i < cl.kwdAttrs().size(); i++) {
          if (!attrs.add(cl.kwdAttrs().get(i))) {
            throw new SymbolTableError("attribute name repeated in class pattern: " + cl.kwdAttrs().get(i),
                cl.kwdPatterns().get(i).span());
          }
        }
        for (Pattern q : cl.kwdPatterns()) {
          pattern(q, true, names);
        }
      }
      case Pattern.MatchStar st -> {
        if (st.name() != null) {
          store(st.name(), st, names);
        }
      }
      case Pattern.MatchAs as -> {
        if (as.pattern() == null && !irrefutableAllowed) {
          throw new SymbolTableError(as.name() == null ? "wildcard makes remaining patterns unreachable"
              : "name capture '" + as.name() + "' makes remaining patterns unreachable", as.span());
        }
        if (as.pattern() != null) {
          pattern(as.pattern(), irrefutableAllowed, names);
        }
        if (as.name() != null) {
          store(as.name(), as, names);
        }
      }
      case Pattern.MatchOr or -> {
        // Each alternative is checked on its own; the names it binds join the pattern's afterwards.
        Set<String> first = null;
        for (int i = 0; i < or.patterns().size(); i++) {
          Pattern alt = or.patterns().get(i);
          Set<String> bound = new LinkedHashSet<>();
          pattern(alt, irrefutableAllowed && i == or.patterns().size() - 1, bound);
          if (first == null) {
            first = bound;
          } else if (!first.equals(bound)) {
            throw new SymbolTableError("alternative patterns bind different names", last(alt).span());
          }
        }
        for (String n : first) {
          store(n, last(or), names);
        }
      }
    }
  }

  private static void store(String name, Pattern at, Set<String> names) throws SymbolTableError {
    if (!names.add(name)) {
      throw new SymbolTableError("multiple assignments to name '" + name + "' in pattern", at.span());
    }
  }

  /** The last pattern of `p` in preorder: where CPython's compiler stands when it reports a whole-pattern error. */
  private static Pattern last(Pattern p) {
    List<Pattern> children = switch (p) {
      case Pattern.MatchSequence sq -> sq.patterns();
      case Pattern.MatchMapping mp -> mp.patterns();
      case Pattern.MatchClass cl -> cl.kwdPatterns().isEmpty() ? cl.patterns() : cl.kwdPatterns();
      case Pattern.MatchAs as -> as.pattern() == null ? List.of() : List.of(as.pattern());
      case Pattern.MatchOr or -> or.patterns();
      case Pattern.MatchValue v -> List.of();
      case Pattern.MatchSingleton s -> List.of();
      case Pattern.MatchStar st -> List.of();
    };
    return children.isEmpty() ? p : last(children.get(children.size() - 1));
  }

  /** Literal keys that compare equal (1, 1.0 and True are one key), as CPython checks while compiling. */
  private static void duplicateKeys(Pattern.MatchMapping mp) throws SymbolTableError {
    List<Object> seen = new ArrayList<>();
    for (Expr k : mp.keys()) {
      Object key = literalKey(k);
      if (key == null) {
        continue;
      }
      for (Object s : seen) {
        if (s instanceof BigDecimal a && key instanceof BigDecimal b ? a.compareTo(b) == 0 : s.equals(key)) {
          throw new SymbolTableError("mapping pattern checks duplicate key (" + repr(k) + ")", mp.span());
        }
      }
      seen.add(key);
    }
  }

  /** A comparable form of a literal key: numbers as BigDecimal (so 1 == 1.0 == True), strings as themselves. */
  private static Object literalKey(Expr k) {
    ConstantValue v = null;
    boolean negate = false;
    if (k instanceof Expr.Constant c) {
      v = c.value();
    } else if (k instanceof Expr.UnaryOp u && u.op() == dev.taipan.frontend.ast.UnaryOperator.USub
        && u.operand() instanceof Expr.Constant c) {
      v = c.value();
      negate = true;
    }
    return switch (v) {
      case null -> null;
      case ConstantValue.IntValue i -> new BigDecimal(negate ? i.value().negate() : i.value()).stripTrailingZeros();
      case ConstantValue.FloatValue d when Double.isFinite(d.value()) ->
          new BigDecimal(negate ? -d.value() : d.value()).stripTrailingZeros();
      case ConstantValue.StrValue s -> "s:" + s.value();
      case ConstantValue.Singleton s when s == ConstantValue.Singleton.TRUE -> BigDecimal.ONE;
      case ConstantValue.Singleton s when s == ConstantValue.Singleton.FALSE -> BigDecimal.ZERO;
      case ConstantValue.Singleton s -> "singleton:" + s;
      default -> null;
    };
  }

  private static String repr(Expr k) {
    if (k instanceof Expr.UnaryOp u) {
      return "-" + repr(u.operand());
    }
    ConstantValue v = ((Expr.Constant) k).value();
    return switch (v) {
      case ConstantValue.IntValue i -> i.value().toString();
      case ConstantValue.FloatValue d -> floatRepr(d.value());
      case ConstantValue.StrValue s -> s.value().contains("'") && !s.value().contains("\"")
          ? "\"" + s.value() + "\"" : "'" + s.value().replace("\\", "\\\\").replace("'", "\\'") + "'";
      case ConstantValue.Singleton s -> switch (s) {
        case NONE -> "None";
        case TRUE -> "True";
        case FALSE -> "False";
        case ELLIPSIS -> "Ellipsis";
      };
      default -> String.valueOf(v);
    };
  }

  private static String floatRepr(double d) {
    double a = Math.abs(d);
    if (a == 0 || (a >= 1e-4 && a < 1e16)) {
      String plain = new BigDecimal(Double.toString(d)).toPlainString();
      return plain.contains(".") ? stripZeros(plain) : plain + ".0";
    }
    String s = Double.toString(d).replace("E", "e");
    int e = s.indexOf('e');
    String mantissa = s.substring(0, e).endsWith(".0") ? s.substring(0, e - 2) : s.substring(0, e);
    int exp = Integer.parseInt(s.substring(e + 1));
    return mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
  }

  private static String stripZeros(String s) {
    String t = s.replaceAll("0+$", "");
    return t.endsWith(".") ? t + "0" : t;
  }
}
