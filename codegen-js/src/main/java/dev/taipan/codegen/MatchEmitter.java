package dev.taipan.codegen;

import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.MatchCase;
import dev.taipan.frontend.ast.Pattern;
import dev.taipan.frontend.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates `match` (PEP 634): each case's pattern becomes one JS condition that records
 * captures in temporaries; names are bound only when the whole pattern matched, then the
 * guard decides.
 */
final class MatchEmitter {
  private final ModuleEmitter m;

  MatchEmitter(ModuleEmitter m) {
    this.m = m;
  }

  private String rt(String name) {
    return m.imports.ref("internals/match.js", name);
  }

  void match(Stmt.Match s, Frame f) {
    String subject = m.temp(f);
    m.out.line(subject + " = " + m.expressions.emit(s.subject(), f) + ";");
    String label = m.fresh("match");
    m.out.open(label + ":");
    for (MatchCase c : s.cases()) {
      m.out.at(c.pattern().span().lineno());
      Map<String, String> captures = new LinkedHashMap<>();
      String cond = pattern(c.pattern(), subject, captures, f);
      m.out.open("if (" + cond + ")");
      for (var e : captures.entrySet()) {
        m.out.line(m.names.store(e.getKey(), e.getValue(), f) + ";");
      }
      if (c.guard() != null) {
        m.out.open("if (" + m.expressions.test(c.guard(), f) + ")");
      }
      m.statements.block(c.body(), f);
      m.out.line("break " + label + ";");
      if (c.guard() != null) {
        m.out.close();
      }
      m.out.close();
    }
    m.out.close();
  }

  private String capture(String name, String value, Map<String, String> captures, Frame f) {
    String t = captures.computeIfAbsent(name, n -> m.temp(f));
    return "(" + t + " = " + value + ", true)";
  }

  private String pattern(Pattern p, String subject, Map<String, String> captures, Frame f) {
    return switch (p) {
      case Pattern.MatchValue v -> m.imports.ref("internals/protocols.js", "eq") + "(" + subject + ", " + m.expressions.emit(v.value(), f) + ")";
      case Pattern.MatchSingleton s -> "(" + subject + " === " + singleton(s.value()) + ")";
      case Pattern.MatchAs a -> {
        String inner = a.pattern() == null ? "true" : pattern(a.pattern(), subject, captures, f);
        yield a.name() == null ? inner : "(" + inner + " && " + capture(a.name(), subject, captures, f) + ")";
      }
      case Pattern.MatchOr o -> {
        List<String> alts = new ArrayList<>();
        for (Pattern q : o.patterns()) {
          alts.add(pattern(q, subject, captures, f));
        }
        yield "(" + String.join(" || ", alts) + ")";
      }
      case Pattern.MatchSequence seq -> sequence(seq, subject, captures, f);
      case Pattern.MatchMapping map -> mapping(map, subject, captures, f);
      case Pattern.MatchClass cls -> classPattern(cls, subject, captures, f);
      case Pattern.MatchStar st -> throw new UnsupportedConstructException(new UnsupportedConstruct("star pattern outside a sequence", st.span()));
    };
  }

  private static String singleton(ConstantValue v) {
    if (v instanceof ConstantValue.Singleton s) {
      return switch (s) {
        case NONE -> "undefined";
        case TRUE -> "true";
        case FALSE -> "false";
        case ELLIPSIS -> "undefined";
      };
    }
    return "undefined";
  }

  private String sequence(Pattern.MatchSequence seq, String subject, Map<String, String> captures, Frame f) {
    String items = m.temp(f);
    int n = seq.patterns().size();
    int star = -1;
    for (int i = 0; i < n; i++) {
      if (seq.patterns().get(i) instanceof Pattern.MatchStar) {
        star = i;
      }
    }
    List<String> parts = new ArrayList<>();
    parts.add("(" + items + " = " + rt("matchSequence") + "(" + subject + ")) !== null");
    parts.add(star < 0 ? items + ".length === " + n : items + ".length >= " + (n - 1));
    for (int i = 0; i < n; i++) {
      Pattern q = seq.patterns().get(i);
      if (q instanceof Pattern.MatchStar st) {
        if (st.name() != null) {
          parts.add(capture(st.name(), items + ".slice(" + i + ", " + items + ".length - " + (n - 1 - i) + ")", captures, f));
        }
        continue;
      }
      String index = star < 0 || i < star ? String.valueOf(i) : items + ".length - " + (n - i);
      String sub = m.temp(f);
      parts.add("(" + sub + " = " + items + "[" + index + "], " + pattern(q, sub, captures, f) + ")");
    }
    return "(" + String.join(" && ", parts) + ")";
  }

  private String mapping(Pattern.MatchMapping map, String subject, Map<String, String> captures, Frame f) {
    String d = m.temp(f);
    List<String> parts = new ArrayList<>();
    parts.add("(" + d + " = " + rt("matchMapping") + "(" + subject + ")) !== null");
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < map.keys().size(); i++) {
      String key = m.expressions.emit(map.keys().get(i), f);
      keys.add(key);
      String v = m.temp(f);
      parts.add("(" + v + " = " + rt("mappingGet") + "(" + d + ", " + key + ")) !== " + rt("MISSING"));
      parts.add(pattern(map.patterns().get(i), v, captures, f));
    }
    if (map.rest() != null) {
      parts.add(capture(map.rest(), rt("mappingRest") + "(" + d + ", [" + String.join(", ", keys) + "])", captures, f));
    }
    return "(" + String.join(" && ", parts) + ")";
  }

  private String classPattern(Pattern.MatchClass c, String subject, Map<String, String> captures, Frame f) {
    String cls = m.temp(f);
    List<String> parts = new ArrayList<>();
    parts.add(rt("matchClass") + "(" + subject + ", " + cls + " = " + m.expressions.emit(c.cls(), f) + ")");
    if (!c.patterns().isEmpty()) {
      String args = m.temp(f);
      parts.add("(" + args + " = " + rt("matchClassArgs") + "(" + subject + ", " + cls + ", " + c.patterns().size() + ")) !== null");
      for (int i = 0; i < c.patterns().size(); i++) {
        String sub = m.temp(f);
        parts.add("(" + sub + " = " + args + "[" + i + "], " + pattern(c.patterns().get(i), sub, captures, f) + ")");
      }
    }
    for (int i = 0; i < c.kwdAttrs().size(); i++) {
      String sub = m.temp(f);
      parts.add("(" + sub + " = " + rt("matchAttr") + "(" + subject + ", " + JsNames.string(c.kwdAttrs().get(i)) + ")) !== " + rt("MISSING"));
      parts.add(pattern(c.kwdPatterns().get(i), sub, captures, f));
    }
    return "(" + String.join(" && ", parts) + ")";
  }
}
