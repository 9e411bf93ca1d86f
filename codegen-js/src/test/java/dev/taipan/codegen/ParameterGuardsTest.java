package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import dev.taipan.frontend.scope.ScopeAnalysis;
import dev.taipan.frontend.scope.SymbolTables;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which parameters get an entry guard, the bounds of int arithmetic under it, and the emitted specialised body. */
class ParameterGuardsTest {
  private static ParameterGuards.Guard guardOf(String source) throws Exception {
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", source)).module();
    SymbolTables tables = ScopeAnalysis.analyze(m);
    Stmt.FunctionDef f = (Stmt.FunctionDef) m.body().get(0);
    return ParameterGuards.find(f.args(), f.body(), tables.scopeOf(f));
  }

  private static Expr expr(String source) {
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", source + "\n")).module();
    return ((Stmt.Expr) m.body().get(0)).value();
  }

  private static IntRanges.Range range(long lo, long hi) {
    return new IntRanges.Range(BigInteger.valueOf(lo), BigInteger.valueOf(hi));
  }

  @Test
  void parametersUsedInIntArithmeticWithALiteralOrComparedWithOneAreGuarded() throws Exception {
    ParameterGuards.Guard g = guardOf("def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n");
    assertEquals(List.of("n"), List.copyOf(g.params().keySet()));
    assertFalse(g.narrow());
    assertEquals("typeof n === 'number' && (n | 0) === n", g.test());
  }

  @Test
  void productsOfTwoParametersNarrowTheBoundsSoTheyStaySafe() throws Exception {
    ParameterGuards.Guard g = guardOf("def f(i, j):\n    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)\n");
    assertEquals(List.of("i", "j"), List.copyOf(g.params().keySet()));
    assertTrue(g.narrow());
    assertTrue(g.test().contains("i >= -33554432 && i <= 33554432"), g.test());
  }

  @Test
  void noGuardWithoutIntEvidence() throws Exception {
    assertNull(guardOf("def f(s, t):\n    return s + t\n"));
    assertNull(guardOf("def f(d, k):\n    return d[k]\n"));
  }

  @Test
  void reboundCapturedGeneratorAndNestedScopeFunctionsAreNotSpecialised() throws Exception {
    assertNull(guardOf("def f(n):\n    n = n - 1\n    return n\n"));
    assertNull(guardOf("def f(n):\n    del n\n    return 1 - 1\n"));
    assertNull(guardOf("def f(n):\n    yield n - 1\n"));
    assertNull(guardOf("def f(n):\n    g = lambda: 0\n    return n - 1\n"));
    assertNull(guardOf("def f(n):\n    return [x for x in range(n - 1)]\n"));
  }

  @Test
  void starredParametersAreNeverGuarded() throws Exception {
    ParameterGuards.Guard g = guardOf("def f(a, *args, b, **kw):\n    return a - 1, b - 1, args, kw\n");
    assertEquals(List.of("a", "b"), List.copyOf(g.params().keySet()));
  }

  @Test
  void rangesFollowArithmeticAndStopOutsideTheSafeRange() throws Exception {
    Map<String, IntRanges.Range> p = Map.of("i", range(-10, 10), "j", range(0, 5));
    assertEquals(range(-10, 15), IntRanges.of(expr("i + j"), p));
    assertEquals(range(-15, 10), IntRanges.of(expr("i - j"), p));
    assertEquals(range(-50, 50), IntRanges.of(expr("i * j"), p));
    assertEquals(range(-4, 3), IntRanges.of(expr("i // 3"), p));
    assertEquals(range(0, 6), IntRanges.of(expr("i % 7"), p));
    assertEquals(range(-10, 10), IntRanges.of(expr("-i"), p));
    assertNull(IntRanges.of(expr("i // j"), p), "a divisor that may be zero");
    assertNull(IntRanges.of(expr("i / 2"), p), "true division is a float");
    assertNull(IntRanges.of(expr("i + k"), p), "an unguarded name");
    Map<String, IntRanges.Range> wide = Map.of("i", range(Integer.MIN_VALUE, Integer.MAX_VALUE));
    assertEquals(range(-(1L << 32), (1L << 32) - 2), IntRanges.of(expr("i + i"), wide));
    assertNull(IntRanges.of(expr("i * i"), wide), "2**62 is past 2**53");
  }

  @Test
  void theSpecialisedBodyUsesPlainArithmeticAndTheGuardHandsOtherArgumentsToTheGenericBody() throws Exception {
    String js = GeneratedJs.of("def f(i, j):\n    return (i + j) * (i - j) // 2 % 5, -i, i < j\n");
    assertTrue(js.contains("const $generic1 = function f$(i, j) {"), js);
    assertTrue(js.contains("return $generic1(i, j);"), js);
    assertTrue(js.contains("$makeTuple([(Math.floor(((i + j) * (i - j) + 0) / 2) - Math.floor(Math.floor(((i + j) * (i - j) + 0) / 2) / 5) * 5),"
        + " (i !== 0 ? -i : $neg(i)), (i < j)])"), js);
  }

  @Test
  void theGuardLineHasNoPythonLineSoTracebacksSkipIt() throws Exception {
    String js = GeneratedJs.of("def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n");
    String table = js.substring(js.indexOf("$registerLines("));
    table = table.substring(table.indexOf('[') + 1, table.indexOf(']'));
    String[] lines = js.split("\n");
    String[] py = table.split(",");
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("return $generic")) {
        assertEquals("0", py[i], lines[i]);
      }
      if (lines[i].strip().equals("return fib((n - 1)) + fib((n - 2));") || lines[i].contains("fib((n - 1))")) {
        assertEquals("4", py[i], lines[i]);
      }
    }
  }
}
