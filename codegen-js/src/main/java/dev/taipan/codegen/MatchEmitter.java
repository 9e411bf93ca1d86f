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
 * Translates `match` statements as CPython 3.11 compiles them: each case is a labelled JS
 * block whose pattern tests break out on failure, capturing into temporaries that are stored
 * into the Python names only once the whole pattern has matched, before the guard runs.
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
    String done = m.fresh("match");
    m.out.open(done + ":");
    for (MatchCase c : s.cases()) {
      m.out.at(c.pattern().span().lineno());
      String fail = m.fresh("case");
      m.out.open(fail + ":");
      Map<String, String> captures = new LinkedHashMap<>();
      pattern(c.pattern(), subject, fail, captures, f);
      for (var e : captures.entrySet()) {
        m.out.line(m.names.store(e.getKey(), e.getValue(), f) + ";");
      }
      if (c.guard() != null) {
        m.out.at(c.guard().span().lineno());
        m.out.line("if (!" + m.expressions.test(c.guard(), f) + ") break " + fail + ";");
      }
      m.statements.block(c.body(), f);
      m.out.line("break " + done + ";");
      m.out.close();
    }
    m.out.close();
  }

  /** Emits statements that test `p` against `subject` (a stable JS expression) and `break fail` when it does not match. */
  private void pattern(Pattern p, String subject, String fail, Map<String, String> captures, Frame f) {
    switch (p) {
      case Pattern.MatchValue v -> m.out.line("if (!" + m.imports.ref("internals/protocols.js", "eq") + "(" + subject + ", "
          + m.expressions.emit(v.value(), f) + ")) break " + fail + ";");
      case Pattern.MatchSingleton s -> m.out.line("if (" + subject + singletonMismatch(s.value()) + ") break " + fail + ";");
      case Pattern.MatchSequence sq -> sequence(sq, subject, fail, captures, f);
      case Pattern.MatchMapping mp -> mapping(mp, subject, fail, captures, f);
      case Pattern.MatchClass cl -> classPattern(cl, subject, fail, captures, f);
      case Pattern.MatchStar st -> {
        // Only reached inside a sequence pattern, which binds the starred list itself.
        if (st.name() != null) {
          m.out.line(capture(st.name(), captures, f) + " = " + subject + ";");
        }
      }
      case Pattern.MatchAs as -> {
        if (as.pattern() != null) {
          pattern(as.pattern(), subject, fail, captures, f);
        }
        if (as.name() != null) {
          m.out.line(capture(as.name(), captures, f) + " = " + subject + ";");
        }
      }
      case Pattern.MatchOr or -> alternatives(or, subject, fail, captures, f);
    }
  }

  private static String singletonMismatch(ConstantValue v) {
    if (v == ConstantValue.Singleton.NONE) {
      return " != null";
    }
    if (v == ConstantValue.Singleton.TRUE || v == ConstantValue.Singleton.FALSE) {
      return " !== " + (v == ConstantValue.Singleton.TRUE);
    }
    throw new IllegalStateException("singleton pattern of " + v);
  }

  /** The temporary that holds the value captured for `name` until the whole pattern has matched. */
  private String capture(String name, Map<String, String> captures, Frame f) {
    return captures.computeIfAbsent(name, n -> m.temp(f));
  }

  private static boolean wildcard(Pattern p) {
    return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null
        || p instanceof Pattern.MatchStar s && s.name() == null;
  }

  private void sequence(Pattern.MatchSequence sq, String subject, String fail, Map<String, String> captures, Frame f) {
    List<Pattern> ps = sq.patterns();
    int size = ps.size();
    int star = -1;
    for (int i = 0; i < size; i++) {
      if (ps.get(i) instanceof Pattern.MatchStar) {
        star = i;
      }
    }
    String len = m.imports.ref("internals/protocols.js", "len");
    m.out.line("if (!" + rt("matchSequence") + "(" + subject + ")) break " + fail + ";");
    if (star < 0) {
      m.out.line("if (" + len + "(" + subject + ") !== " + size + ") break " + fail + ";");
    } else if (size > 1) {
      m.out.line("if (" + len + "(" + subject + ") < " + (size - 1) + ") break " + fail + ";");
    }
    if (ps.stream().allMatch(MatchEmitter::wildcard)) {
      return;
    }
    if (star >= 0 && wildcard(ps.get(star))) {
      // `[a, *_, b]`: index from both ends instead of unpacking the whole sequence.
      String getitem = m.imports.ref("internals/subscript.js", "getitem");
      for (int i = 0; i < size; i++) {
        Pattern sub = ps.get(i);
        if (wildcard(sub)) {
          continue;
        }
        String item = m.temp(f);
        String index = i < star ? String.valueOf(i) : len + "(" + subject + ") - " + (size - i);
        m.out.line(item + " = " + getitem + "(" + subject + ", " + index + ");");
        pattern(sub, item, fail, captures, f);
      }
      return;
    }
    String items = m.temp(f);
    if (star < 0) {
      m.out.line(items + " = " + m.imports.ref("internals/iteration.js", "unpack") + "(" + subject + ", " + size + ");");
    } else {
      m.out.line(items + " = " + m.imports.ref("internals/iteration.js", "unpackStar") + "(" + subject + ", " + star + ", "
          + (size - star - 1) + ");");
    }
    for (int i = 0; i < size; i++) {
      if (!wildcard(ps.get(i))) {
        pattern(ps.get(i), items + "[" + i + "]", fail, captures, f);
      }
    }
  }

  private void mapping(Pattern.MatchMapping mp, String subject, String fail, Map<String, String> captures, Frame f) {
    int size = mp.keys().size();
    m.out.line("if (!" + rt("matchMapping") + "(" + subject + ")) break " + fail + ";");
    if (size == 0 && mp.rest() == null) {
      return;
    }
    if (size > 0) {
      m.out.line("if (" + m.imports.ref("internals/protocols.js", "len") + "(" + subject + ") < " + size + ") break " + fail + ";");
    }
    List<String> keys = new ArrayList<>();
    for (Expr k : mp.keys()) {
      keys.add(m.expressions.emit(k, f));
    }
    String keyList = m.temp(f);
    String values = m.temp(f);
    m.out.line(keyList + " = [" + String.join(", ", keys) + "];");
    m.out.line(values + " = " + rt("matchKeys") + "(" + subject + ", " + keyList + ");");
    m.out.line("if (" + values + " === null) break " + fail + ";");
    for (int i = 0; i < size; i++) {
      Pattern sub = mp.patterns().get(i);
      if (!wildcard(sub)) {
        pattern(sub, values + "[" + i + "]", fail, captures, f);
      }
    }
    if (mp.rest() != null) {
      m.out.line(capture(mp.rest(), captures, f) + " = " + rt("mappingRest") + "(" + subject + ", " + keyList + ");");
    }
  }

  private void classPattern(Pattern.MatchClass cl, String subject, String fail, Map<String, String> captures, Frame f) {
    List<String> names = new ArrayList<>();
    for (String a : cl.kwdAttrs()) {
      names.add(JsNames.string(a));
    }
    String values = m.temp(f);
    m.out.line(values + " = " + rt("matchClass") + "(" + subject + ", " + m.expressions.emit(cl.cls(), f) + ", "
        + cl.patterns().size() + ", [" + String.join(", ", names) + "]);");
    m.out.line("if (" + values + " === null) break " + fail + ";");
    List<Pattern> subs = new ArrayList<>(cl.patterns());
    subs.addAll(cl.kwdPatterns());
    for (int i = 0; i < subs.size(); i++) {
      if (!wildcard(subs.get(i))) {
        pattern(subs.get(i), values + "[" + i + "]", fail, captures, f);
      }
    }
  }

  /** `p1 | p2 | ...`: the first alternative that matches wins; each binds the same names into the same temporaries. */
  private void alternatives(Pattern.MatchOr or, String subject, String fail, Map<String, String> captures, Frame f) {
    String matched = m.fresh("or");
    m.out.open(matched + ":");
    for (Pattern alt : or.patterns()) {
      String next = m.fresh("alt");
      m.out.open(next + ":");
      pattern(alt, subject, next, captures, f);
      m.out.line("break " + matched + ";");
      m.out.close();
    }
    m.out.line("break " + fail + ";");
    m.out.close();
  }
}
