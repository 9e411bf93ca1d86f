package dev.taipan.conformance.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks the Java arithmetic model against CPython's results in the golden table. */
class PythonArithmeticTest {
  /** Golden cases whose results the model declines to compute (non-integral float powers). */
  private static final Set<String> OUTSIDE_MODEL = Set.of("2.0 ** 0.5", "2 ** 2000 ** 0.5");

  @TestFactory
  Stream<DynamicTest> modelPrintsWhatCPythonPrints() throws Exception {
    return KnownCases.load().stream().map(known -> DynamicTest.dynamicTest(known.source(), () -> {
      Optional<String> modelled = ArithEvaluator.printedLine(ArithExprParser.parse(known.source()));
      if (OUTSIDE_MODEL.contains(known.source())) {
        assertTrue(modelled.isEmpty(), "expected outside the model, got " + modelled);
      } else {
        assertEquals(Optional.of(known.expected()), modelled, known.source());
      }
    }));
  }

  @Test
  void goldenTableListsEveryCase() throws Exception {
    assertEquals(
        KnownCases.sources(),
        KnownCases.load().stream().map(KnownCases.Case::source).toList(),
        "known_cases.expected is stale: run regenerate_known_cases.py or -Dsnapshots.update=true");
  }

  @Test
  void renderedSourceReadsBackAsTheSameTree() throws Exception {
    for (KnownCases.Case known : KnownCases.load()) {
      ArithExpr expr = ArithExprParser.parse(known.source());
      assertEquals(expr, ArithExprParser.parse(expr.source()), expr.source());
    }
  }
}
