package dev.taipan.frontend.scope;

import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Stmt;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code from __future__ import ...} statements at the top of a module, as CPython's
 * {@code future.c} does before building symbol tables, and rejects unknown features.
 */
public final class FutureFeatures {
  private static final Set<String> KNOWN =
      Set.of(
          "nested_scopes",
          "generators",
          "division",
          "absolute_import",
          "with_statement",
          "print_function",
          "unicode_literals",
          "barry_as_FLUFL",
          "generator_stop",
          "annotations");

  private FutureFeatures() {}

  /** The features the module enables, in order; throws CPython's SyntaxError for bad future statements. */
  public static Set<String> of(Mod.Module mod) throws SymbolTableError {
    Set<String> features = new LinkedHashSet<>();
    List<Stmt> body = mod.body();
    int i = 0;
    if (!body.isEmpty()
        && body.get(0) instanceof Stmt.Expr e
        && e.value() instanceof Expr.Constant c
        && c.value() instanceof ConstantValue.StrValue) {
      i++;
    }
    boolean done = false;
    int prevLine = 0;
    for (; i < body.size(); i++) {
      Stmt s = body.get(i);
      if (done && s.span().lineno() > prevLine) {
        break;
      }
      prevLine = s.span().lineno();
      if (s instanceof Stmt.ImportFrom f && "__future__".equals(f.module())) {
        if (done) {
          throw new SymbolTableError("from __future__ imports must occur at the beginning of the file", s.span());
        }
        for (Alias a : f.names()) {
          if (a.name().equals("braces")) {
            throw new SymbolTableError("not a chance", s.span());
          }
          if (!KNOWN.contains(a.name())) {
            throw new SymbolTableError("future feature " + a.name() + " is not defined", s.span());
          }
          features.add(a.name());
        }
      } else {
        done = true;
      }
    }
    return features;
  }
}
