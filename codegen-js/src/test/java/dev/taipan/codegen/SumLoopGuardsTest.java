package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The `sum` loop over a raw-double element with its loop-invariant tests made once per run of float elements. */
class SumLoopGuardsTest {
  private static final String EVAL_A = "def eval_a(i, j):\n    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)\n";

  private static String rows(String element) throws Exception {
    return GeneratedJs.of(EVAL_A + "def t(u, n):\n    return [sum(" + element + " for j in range(n)) for i in range(n)]\n");
  }

  @Test
  void theInvariantTestsGuardAnInnerLoopOnCopies() throws Exception {
    String js = rows("eval_a(i, j) * u[j]");
    assertTrue(js.contains("function $rawQuot"), "the quotient without the zero test");
    // Made on the range's bounds and the list's length, not per element.
    assertTrue(js.matches("(?s).*if \\(typeof \\$s === 'number' && typeof \\$e === 'number' && typeof \\$r === 'number' && eval_a === (\\$t\\d+) && \\1 !== undefined"
        + " && typeof i === 'number' && \\(i \\| 0\\) === i && i >= -33554432 && i <= 33554432 && \\$s >= -33554432 && \\$e <= 33554433"
        + " && Array.isArray\\(u\\) && u\\.\\$cls === undefined && \\$s >= 0 && \\$e <= u\\.length\\) \\{.*"), js);
    // The inner loop reads local copies, tests only the element's type and adds the bare quotient.
    assertTrue(js.matches("(?s).*const (\\$w\\d+) = (\\$x\\d+), (\\$q\\d+) = i, (\\$q\\d+) = u; for \\(; \\2 < \\$e\\d+; \\2\\+\\+\\) \\{ (\\$t\\d+) = \\4\\[\\2\\];"
        + " if \\(typeof \\5 !== 'number'\\) \\{ if \\(\\5 != null && \\5\\.constructor === \\$PyFloat\\) \\5 = \\5\\.v; else break; \\}"
        + " \\$r = \\$r \\+ \\$rawQuot\\d+\\(\\3, \\2\\) \\* \\5; \\$isf = true; \\}"
        // A sum that is not finite: the elements again with the zero test, which raises at a zero divisor.
        + " if \\(!Number\\.isFinite\\(\\$r\\)\\) for \\(let (\\$z\\d+) = \\1; \\6 !== \\2; \\6\\+\\+\\) \\$rawFloat\\d+\\(\\3, \\6\\);"
        + " if \\(!\\(\\2 < \\$e\\d+\\)\\) break; \\} j = \\2; \\$k = false; if \\(eval_a === .*"), js);
  }

  @Test
  void aReversedRangeIsTestedOnItsOtherBound() throws Exception {
    String js = GeneratedJs.of(EVAL_A + "def t(u, i):\n    return sum(eval_a(j, i) * u[j] for j in range(9, -1, -1))\n");
    assertTrue(js.contains("$e >= -33554433 && $s < 33554433"), js);
    assertTrue(js.contains("$e >= -1 && $s < u.length"), js);
  }

  @Test
  void otherShapesKeepTheTestsPerElement() throws Exception {
    assertFalse(rows("eval_a(i, j) * u[j + 1]").contains("Number.isFinite($r)"), "a factor that is not u[j]");
    assertFalse(rows("eval_a(i, j) * f(j)").contains("Number.isFinite($r)"), "a factor that may run code");
    assertFalse(GeneratedJs.of(EVAL_A + "def t(u, n):\n    return sum(eval_a(i, j) * u[j] for i in range(n) for j in range(n))\n")
        .contains("Number.isFinite($r)"), "two generators");
    assertFalse(GeneratedJs.of(EVAL_A + "def t(u, n):\n    return sum(eval_a(1, j) * u[j] for j in range(n) if j)\n")
        .contains("Number.isFinite($r)"), "a condition, which may run code");
    assertFalse(GeneratedJs.of(EVAL_A + "def t(u, n):\n    return sum(eval_a(1, j) * u[j] for j in u)\n")
        .contains("Number.isFinite($r)"), "not a range");
  }
}
