package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A def passes its evaluated annotations to defineFunction, in CPython's order; module annotations are stored. */
class FunctionAnnotationsTest {
  @Test
  void aFunctionWithoutAnnotationsPassesNothingMore() throws Exception {
    String js = GeneratedJs.of("def f(a, b=1):\n    return a\n");
    assertTrue(js.contains("['a', 'b'], 0, [1], null, '__main__');"), js);
  }

  @Test
  void annotationsFollowTheDefaultsInCPythonsOrder() throws Exception {
    String js = GeneratedJs.of("def f(a: A, /, b: B = 1, *c: C, d: D, **e: E) -> R:\n    pass\n");
    assertTrue(js.contains("'__main__', undefined, ['b', $nameError('B', $moduleNames), 'a', $nameError('A', $moduleNames), "
        + "'c', $nameError('C', $moduleNames), 'd', $nameError('D', $moduleNames), 'e', $nameError('E', $moduleNames), "
        + "'return', $nameError('R', $moduleNames)]);"), js);
  }

  @Test
  void keysOfPrivateNamesAreMangledInAClass() throws Exception {
    String js = GeneratedJs.of("class K:\n    def m(self, __x: int) -> None:\n        pass\n");
    assertTrue(js.contains("['_K__x', "), js);
    assertTrue(js.contains("'return', undefined]"), js);
  }

  @Test
  void futureAnnotationsPassTheSourceTextAndRefuseOtherShapes() throws Exception {
    String js = GeneratedJs.of("from __future__ import annotations\ndef f(x: list[int] | None) -> 'T':\n    pass\n");
    assertTrue(js.contains("['x', 'list[int] | None', 'return', '\\'T\\'']"), js);
    assertThrows(UnsupportedConstructException.class,
        () -> GeneratedJs.of("from __future__ import annotations\ndef f(x: a + b):\n    pass\n"));
  }

  @Test
  void moduleAnnotationsAreStoredAndLocalOnesAreNotEvaluated() throws Exception {
    String js = GeneratedJs.of("x: int = 1\ndef f():\n    y: Undefined = 2\n    return y\n");
    assertTrue(js.contains("__annotations__ = $dictOf();"), js);
    assertTrue(js.contains("(__annotations__, 'x', $int)"), js);
    assertFalse(js.contains("Undefined"), js);
  }

  @Test
  void theChecksRefuseFunctionAnnotationsWithoutText() throws Exception {
    var m = ((dev.taipan.frontend.parse.ParseResult.Success) dev.taipan.frontend.parse.SourceParser.parse(
        "t.py", "from __future__ import annotations\ndef f(x: int, y: a + b) -> c * d:\n    pass\n")).module();
    assertEquals(2, CheckUnsupportedFeatures.find(m).size());
  }
}
