package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Class bodies record their annotations in __annotations__, in CPython's order and form. */
class ClassAnnotationsTest {
  @Test
  void aClassWithAnnotationsStartsWithAnEmptyDictAndStoresEachAfterItsValue() throws Exception {
    String js = GeneratedJs.of("class A:\n    x: int\n    y: str = f()\n");
    int setup = js.indexOf("['__annotations__'] = $dictOf();");
    int x = js.indexOf("['__annotations__'], 'x', ('int' in $ns1 ? $ns1['int'] : $int))");
    int yValue = js.indexOf("['y'] = ");
    int y = js.indexOf("['__annotations__'], 'y', ('str' in $ns1 ? $ns1['str'] : $str))");
    assertTrue(setup >= 0 && x > setup && yValue > x && y > yValue, js);
  }

  @Test
  void privateNamesAreMangledAndNestedBlocksCount() throws Exception {
    String js = GeneratedJs.of("class A:\n    if c:\n        __p: int\n");
    assertTrue(js.contains("['__annotations__'] = $dictOf();"), js);
    assertTrue(js.contains("'_A__p', ('int' in $ns1 ? $ns1['int'] : $int))"), js);
  }

  @Test
  void aClassWithoutAnnotationsHasNoDictAndAttributeTargetsAreNotStored() throws Exception {
    assertFalse(GeneratedJs.of("class A:\n    x = 1\n").contains("__annotations__"));
    assertFalse(GeneratedJs.of("class A:\n    def f(self):\n        y: int = 2\n").contains("__annotations__"));
    String js = GeneratedJs.of("class A:\n    a.b: int = 1\n");
    assertTrue(js.contains("['__annotations__'] = $dictOf();"), "any annotated assignment sets up the dict");
    assertFalse(js.contains("['__annotations__'], 'b'"), js);
  }

  @Test
  void futureAnnotationsStoreTheSourceText() throws Exception {
    String js = GeneratedJs.of("from __future__ import annotations\nclass A:\n    x: Dict[str, a.b]\n    y: tuple[int,]\n    z: None\n");
    assertTrue(js.contains("'x', 'Dict[str, a.b]')"), js);
    assertTrue(js.contains("'y', 'tuple[int,]')"), js);
    assertTrue(js.contains("'z', 'None')"), js);
    String more = GeneratedJs.of("from __future__ import annotations\nclass A:\n    x: 'int'\n    y: int | None\n    z: C[[int], ...]\n");
    assertTrue(more.contains("'x', '\\'int\\'')"), more);
    assertTrue(more.contains("'y', 'int | None')"), more);
    assertTrue(more.contains("'z', 'C[[int], ...]')"), more);
    assertThrows(UnsupportedConstructException.class,
        () -> GeneratedJs.of("from __future__ import annotations\nclass A:\n    x: a + b\n"));
  }

  @Test
  void unionsAndBuiltinGenericAliasesAreEvaluated() throws Exception {
    String js = GeneratedJs.of("class A:\n    x: int | None = None\n    y: list[int]\n    z: Foo[dict[str, int]]\n");
    assertTrue(js.contains("'x', "), js);
    assertTrue(js.contains("'y', "), js);
    assertTrue(js.contains("'z', "), js);
  }

  @Test
  void theChecksReportTheSameRefusalsBeforeGeneration() throws Exception {
    var m = ((dev.taipan.frontend.parse.ParseResult.Success) dev.taipan.frontend.parse.SourceParser.parse(
        "t.py", "from __future__ import annotations\nclass A:\n    if c:\n        x: a + b\n    def f(self):\n        y: a + b = []\n")).module();
    var found = CheckUnsupportedFeatures.find(m);
    assertEquals(1, found.size(), found.toString());
    assertEquals(4, found.get(0).span().lineno());
  }
}
