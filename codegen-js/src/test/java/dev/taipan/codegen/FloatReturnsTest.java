package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import dev.taipan.frontend.scope.ScopeAnalysis;
import dev.taipan.frontend.scope.SymbolTables;
import org.junit.jupiter.api.Test;

/** Which functions get a raw-double entry point, and the `sum` loops that call it. */
class FloatReturnsTest {
  private static final String EVAL_A = "def eval_a(i, j):\n    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)\n";

  private static Object divisorOf(String source) throws Exception {
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", source)).module();
    SymbolTables tables = ScopeAnalysis.analyze(m);
    Stmt.FunctionDef f = (Stmt.FunctionDef) m.body().get(0);
    ParameterGuards.Guard g = ParameterGuards.find(f.args(), f.body(), tables.scopeOf(f));
    return g == null ? null : FloatReturns.divisor(f.body(), g);
  }

  @Test
  void aFloatLiteralOverGuardedIntArithmeticQualifies() throws Exception {
    assertNotNull(divisorOf(EVAL_A));
    assertNotNull(divisorOf("def f(n):\n    \"\"\"doc\"\"\"\n    return 2.0 / (n + 1)\n"));
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", "def f(n):\n    return 2.5 / (n + 1)\n")).module();
    assertEquals(2.5, FloatReturns.dividend(((Stmt.FunctionDef) m.body().get(0)).body()));
  }

  @Test
  void otherShapesDoNot() throws Exception {
    assertNull(divisorOf("def f(n):\n    return 1 / (n + 1)\n"), "int dividend: the result is still a float, but not the shape");
    assertNull(divisorOf("def f(n):\n    return 1.0 / (k + n + 1)\n"), "the global k is of unknown type");
    assertNull(divisorOf("def f(n):\n    return 1.0 / (n / 2 + 1)\n"), "true division is not int arithmetic");
    assertNull(divisorOf("def f(n):\n    y = n + 1\n    return 1.0 / y\n"), "more than one statement");
  }

  @Test
  void sumOverACallTimesAFactorUsesTheEntryPointBehindARuntimeTest() throws Exception {
    String js = GeneratedJs.of(EVAL_A + "def t(u, n):\n    return sum(eval_a(i, j) * u[j] for i in range(n) for j in range(n))\n");
    assertTrue(js.contains("function $rawFloat"), js);
    assertTrue(js.contains(" = eval_a = "), "the variable that holds the Python function for the call-site test");
    assertTrue(js.matches("(?s).*if \\(eval_a === (\\$t\\d+) && \\1 !== undefined && typeof i === 'number'.*"), js);
    assertTrue(js.contains("return $isf ? "), "the accumulator is boxed when it ends as a float");
  }

  @Test
  void aRebindableOrDecoratedFunctionGetsNoEntryPoint() throws Exception {
    assertFalse(GeneratedJs.of(EVAL_A + "eval_a = eval_a\nprint(sum(eval_a(i, 1) for i in range(3)))\n").contains("$rawFloat"));
    assertFalse(GeneratedJs.of("def deco(f):\n    return f\n@deco\n" + EVAL_A + "print(sum(eval_a(i, 1) for i in range(3)))\n")
        .contains("$rawFloat"));
  }
}
