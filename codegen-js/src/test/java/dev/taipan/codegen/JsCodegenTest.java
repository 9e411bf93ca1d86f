package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsCodegenTest {
  private static String generate(String source) throws Exception {
    return GeneratedJs.of(source);
  }

  @Test
  void positionalCallsOfStableModuleFunctionsAreDirectJsCalls() throws Exception {
    String js = generate("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(10))\n");
    // Each call compares the global with the function its `def` made, then calls that function.
    String callee = "(fib === fib$0 ? fib$0 : $callerOf((fib === $UNBOUND ? $unbound('fib', 0, $moduleNames, $localNames0) : fib)))";
    assertTrue(js.contains("function fib$0(n) {"), js);
    assertTrue(js.contains("fib = $defineFunction(fib$0, 'fib'"), js);
    assertTrue(js.contains("= " + callee + "((typeof n === 'number'"), js);
    assertTrue(js.contains(": $sub(n, 2)))"), js);
    assertTrue(js.contains("$print(" + callee.replace(", $localNames0", "") + "(10))"), js);
  }

  @Test
  void aFunctionCalledDirectlyStartsUnboundUntilItsDefRuns() throws Exception {
    String js = generate("def g():\n    return f(1)\ng()\ndef f(x):\n    return x\n");
    assertTrue(js.contains("let f = $UNBOUND"), js);
    assertTrue(js.contains("(f === f$0 ? f$0 : $callerOf((f === $UNBOUND ? $unbound('f', 0, $moduleNames, $localNames0) : f)))(1)"), js);
    assertTrue(js.contains("const $localNames0 = [];"), js);
  }

  @Test
  void rebindingAFunctionDisablesTheDirectCall() throws Exception {
    String js = generate("def f():\n    return 1\nf = lambda: 2\nprint(f())\n");
    assertFalse(js.contains("$print(f())"), js);
  }

  @Test
  void rangeLoopsBecomeCountingLoops() throws Exception {
    String js = generate("t = 0\nfor i in range(10):\n    t += i\n");
    assertTrue(js.contains("for (let $i"), js);
  }

  @Test
  void importsOnlyTheRuntimeFilesUsed() throws Exception {
    String js = generate("print('hi')\n");
    assertTrue(js.contains("from './taipan-runtime/builtins/io.js'"), js);
    assertFalse(js.contains("subscript.js"), js);
  }

  @Test
  void outputIsDeterministic() throws Exception {
    String src = "class A:\n    def m(self, *a, k=2):\n        return [x * k for x in a]\nprint(A().m(1, 2))\n";
    assertTrue(generate(src).equals(generate(src)));
  }
}
