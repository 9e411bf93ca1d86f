package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The inline number and list fast paths, as emitted for small functions (one line of JS each). */
class NumericFastPathsTest {
  private static String generate(String source) throws Exception {
    return GeneratedJs.of(source);
  }

  /** The generated line that follows `marker` in the function's body. */
  private static String line(String js, String marker) {
    for (String l : js.split("\n")) {
      if (l.strip().startsWith(marker)) {
        return GeneratedJs.returnedValue(l.strip());
      }
    }
    throw new AssertionError("no line starting with " + marker + " in\n" + js);
  }

  @Test
  void addOfTwoLocalsChecksBothOperandsAndTheResult() throws Exception {
    String js = generate("def f(a, b):\n    return a + b\n");
    assertEquals("return (typeof a === 'number' && typeof b === 'number' && ($t1 = a + b, !Number.isInteger($t1)"
        + " || Number.isSafeInteger($t1) && Number.isInteger(a) && Number.isInteger(b)) ? $t1 : $add(a, b));",
        line(js, "return"));
  }

  @Test
  void operandsThatAreNotPlainLocalsAreEvaluatedOnceIntoTemporaries() throws Exception {
    String js = generate("def f(g):\n    return g() * g()\n");
    assertTrue(line(js, "return").startsWith("return ($t1 = $call0(g), $t2 = $call0(g), typeof $t1 === 'number'"), js);
    assertTrue(line(js, "return").endsWith("? $t3 + 0 : $mul($t1, $t2));"), js);
  }

  @Test
  void aWalrusInTheExpressionForcesTemporaries() throws Exception {
    String js = generate("def f(n):\n    return n + (n := 2)\n");
    assertTrue(line(js, "return").startsWith("return ($t1 = n, $t2 = (n = 2), typeof $t1"), js);
  }

  @Test
  void integralFloatLiteralsComputeWithTheirDoubleAndNeedNoIntCheck() throws Exception {
    String js = generate("def f(x):\n    return 1.0 / x\n");
    assertEquals("return (typeof x === 'number' && x !== 0 && !Number.isInteger($t1 = 1 / x) ? $t1 : $truediv($c1, x));",
        line(js, "return"));
  }

  @Test
  void anExpressionOfSeveralOperatorsIsOneChainOfTestsWithTheHelpersAsFallback() throws Exception {
    String js = generate("def f(a, b, c):\n    return a * b + c\n");
    assertEquals("return (typeof a === 'number' && typeof b === 'number' && typeof c === 'number'"
        + " && ($t1 = a * b, !Number.isInteger($t1) || Number.isSafeInteger($t1) && Number.isInteger(a) && Number.isInteger(b))"
        + " && ($t2 = $t1 + c, !Number.isInteger($t2) || Number.isSafeInteger($t2) && Number.isInteger($t1) && Number.isInteger(c))"
        + " ? $t2 + 0 : $add($mul(a, b), c));", line(js, "return"));
  }

  @Test
  void aNodeThatIsSurelyAFloatNeedsNoTestBelowTheRoot() throws Exception {
    String js = generate("def f(x, y):\n    return x * 0.5 + y\ndef g(d, t):\n    return t / (d * d ** 0.5)\n");
    assertTrue(js.contains("(typeof x === 'number' && typeof y === 'number' && ($t1 = x * 0.5, !Number.isInteger($t2 = $t1 + y))"
        + " ? $t2 : $add($mul(x, 0.5), y))"), js);
    assertTrue(js.contains("(typeof t === 'number' && typeof d === 'number' && d > 0 && ($t5 = Math.sqrt(d), $t6 = d * $t5, $t6 !== 0)"
        + " && !Number.isInteger($t7 = t / $t6) ? $t7 : $truediv(t, $mul(d, $pow(d, 0.5))))"), js);
  }

  @Test
  void anOperandThatMayRunCodeAfterAnOperatorKeepsTheOperatorsApart() throws Exception {
    // Python calls k() after a * b (whose __mul__ may run code or raise): the leaves cannot all be read first.
    String js = generate("def f(a, b, k):\n    return a * b + k()\n");
    assertFalse(js.contains("$add($mul("), js);
    assertTrue(line(js, "return").contains("? $t1 + 0 : $mul(a, b)), $t3 = $call0(k), typeof $t2 === 'number'"), js);
  }

  @Test
  void anAugmentedAssignmentJoinsItsValueExpressionWithTheInPlaceHelperAsRoot() throws Exception {
    String js = generate("def f(o, d, m):\n    o.v -= d * m\n");
    assertTrue(js.contains("? $t5 + 0 : $isub($t3, $mul(d, m))"), js);
  }

  @Test
  void squareRootAndSquare() throws Exception {
    String js = generate("def f(x):\n    return x ** 0.5\ndef g(x):\n    return x ** 2\n");
    assertTrue(js.contains("typeof x === 'number' && x > 0 && !Number.isInteger($t1 = Math.sqrt(x)) ? $t1 : $pow(x, 0.5)"), js);
    assertTrue(js.contains("($t4 = x * x, !Number.isInteger($t4) || Number.isSafeInteger($t4) && Number.isInteger(x)) && $t4 < Infinity"
        + " ? $t4 + 0 : $pow(x, 2)"), js);
  }

  @Test
  void floorDivisionAndModuloOnlyForNonNegativeByPositiveInts() throws Exception {
    String js = generate("def f(x):\n    return x // 2, x % 3, x // -2, x % 2.0\n");
    assertTrue(js.contains("typeof x === 'number' && Number.isInteger(x) && x >= 0 ? (x - x % 2) / 2 : $floordiv(x, 2)"), js);
    assertTrue(js.contains("typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x % 3 : $mod(x, 3)"), js);
    assertTrue(js.contains("$floordiv(x, (-2))"), js);
    assertTrue(js.contains("$mod(x, $c1)"), js);
  }

  @Test
  void chainedComparisonAsATestEvaluatesTheMiddleOnce() throws Exception {
    String js = generate("def f(a, g, c):\n    if a < g() <= c:\n        return 1\n");
    assertTrue(line(js, "if ((").contains("$t1 = $call0(g)"), js);
    assertTrue(line(js, "if ((").contains("$t1 <= c : $truthy($le($t1, c))"), js);
  }

  @Test
  void listIndexingChecksForAPlainListAndAnIndexInRange() throws Exception {
    String js = generate("def f(xs, i):\n    xs[i] = xs[0]\n    return xs[i]\n");
    assertTrue(js.contains("Array.isArray(xs) && xs.$cls === undefined && xs.length > 0") || js.contains("0 < xs.length ? xs[0]"), js);
    assertTrue(js.contains("typeof i === 'number' && (i >>> 0) === i && i < xs.length ? (xs[i] = $t1) : $setitem(xs, i, $t1)"), js);
    assertTrue(line(js, "return").contains("? xs[i] : $getitem(xs, i)"), js);
  }

  @Test
  void stringsAndOtherNonNumbersKeepTheHelper() throws Exception {
    String js = generate("def f(s):\n    return s + 'x', 'a' % s, [1] * 2\n");
    assertTrue(js.contains("$add(s, 'x')"), js);
    assertTrue(js.contains("$mod('a', s)"), js);
    assertTrue(js.contains("$mul([1], 2)"), js);
  }

  @Test
  void sumOfAGeneratorExpressionIsALoopAndRangeComprehensionsCount() throws Exception {
    String js = generate("def f(n):\n    return sum(i * i for i in range(n))\n");
    assertTrue(js.contains("(function $genexpr($s, $e) {"), js);
    assertTrue(js.contains("for (let $x"), js);
    assertTrue(js.contains("catch ($err) { throw $adding ? $err : $escapedGenerator($err); }"), js);
    assertTrue(js.contains("})(0, $rangeArg(n))"), js);
    assertFalse(js.contains("makeGenerator"), js);
  }

  @Test
  void aShadowedSumIsCalled() throws Exception {
    String js = generate("def f(sum, n):\n    return sum(i for i in range(n))\n");
    assertTrue(js.contains("makeGenerator"), js);
  }
}
