package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckUnsupportedFeaturesTest {
  private static List<String> found(String source) {
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", source)).module();
    return CheckUnsupportedFeatures.find(m, name -> name.equals("sys")).stream()
        .map(u -> u.span().lineno() + ":" + u.span().colOffset() + " " + u.message())
        .toList();
  }

  @Test
  void dynamicCodeIsAlwaysReported() {
    assertEquals(List.of("1:0 exec() is not supported", "2:4 eval() is not supported"), found("exec('x = 1')\ny = eval('2')\n"));
  }

  @Test
  void metaclassesAndFrameIntrospectionAreReported() {
    assertEquals(
        List.of("1:8 metaclass= is not supported", "3:0 frame introspection (_getframe) is not supported"),
        found("class A(metaclass=M):\n    pass\nsys._getframe()\n"));
  }

  @Test
  void attributeLookupHooksAndSlotsAreReported() {
    assertEquals(
        List.of("2:4 __slots__ is not supported", "3:4 __getattribute__ override is not supported"),
        found("class A:\n    __slots__ = ('x',)\n    def __getattribute__(self, n):\n        return 1\n"
            + "def __getattribute__(n):\n    return n\n__slots__ = ()\n"));
  }

  @Test
  void producersOfBytesObjectsAreReported() {
    assertEquals(
        List.of("1:0 bytes object (.encode()) is not supported", "2:0 bytes object (.to_bytes()) is not supported",
            "3:0 bytes object (bytes()) is not supported"),
        found("'a'.encode()\n(1).to_bytes(1, 'big')\nbytes(3)\nisinstance(x, bytes)\n"));
  }

  @Test
  void importsOfUnknownModulesAreReported() {
    assertEquals(List.of("2:7 import of module 'numpy' is not supported"), found("import sys\nimport numpy\n"));
  }

  @Test
  void plainCodeHasNothingToReport() {
    assertEquals(List.of(), found("def f(x, *a, k=1, **kw):\n    return [i for i in a if i > x]\n"));
  }
}
