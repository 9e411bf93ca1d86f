package dev.taipan.conformance.arith;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Many expressions checked by one Python program, so that one build and one process run cover
 * them all: each case prints exactly one line, its repr or its exception.
 */
record ArithBatch(List<Case> cases) {

  /** One expression and the line the model says it prints. */
  record Case(ArithExpr expr, String expected) {}

  ArithBatch {
    cases = List.copyOf(cases);
  }

  /** The batch of the given expressions the model computes; the others are dropped. */
  static ArithBatch of(List<ArithExpr> expressions) {
    List<Case> cases = new ArrayList<>();
    for (ArithExpr expr : expressions) {
      Optional<String> line = ArithEvaluator.printedLine(expr);
      line.ifPresent(expected -> cases.add(new Case(expr, expected)));
    }
    return new ArithBatch(cases);
  }

  String program() {
    StringBuilder out = new StringBuilder();
    out.append("# Generated arithmetic cases: one printed line per case.\n");
    for (Case c : cases) {
      out.append("try:\n")
          .append("    print(repr(").append(c.expr().source()).append("))\n")
          .append("except Exception as e:\n")
          .append("    print(type(e).__name__, e)\n");
    }
    return out.toString();
  }

  /** Short, for jqwik's sample report; mismatches are described case by case elsewhere. */
  @Override
  public String toString() {
    return cases.size() + " cases, first " + (cases.isEmpty() ? "none" : cases.get(0).expr().source());
  }

  List<String> expectedLines() {
    return cases.stream().map(Case::expected).toList();
  }
}
