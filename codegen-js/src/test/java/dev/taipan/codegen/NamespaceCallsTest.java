package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamespaceCallsTest {
  private static List<String> found(String source) {
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", source)).module();
    return CheckUnsupportedFeatures.find(m).stream().map(u -> u.span().lineno() + ":" + u.span().colOffset()).toList();
  }

  @Test
  void oneKeyOfGlobalsMayBeReadTestedOrSet() {
    assertEquals(List.of(), found("g = globals()['x']\nb = 'x' in globals()\nc = 'x' not in globals()\n"
        + "d = globals().get('x', 1)\nglobals()['y'] = 2\nglobals()['y'] += 1\n"
        + "def f():\n    return globals().get('__name__')\nh = globals()['__doc__']\n"));
  }

  @Test
  void globalsAsAWholeOrEntriesWithNoEquivalentAreRefused() {
    assertEquals(List.of("1:6", "2:9", "3:4", "4:0", "5:6", "6:0"),
        found("print(globals())\nfor k in globals(): pass\ndel globals()['x']\nglobals().update(a=1)\n"
            + "print(globals()['__file__'])\nglobals().get('__loader__')\n"));
  }

  @Test
  void localsIsReadOnlyAndOnlyInAFunctionBody() {
    assertEquals(List.of(), found("def f(a):\n    b = 1\n    return sorted(locals()), len(locals()), 'a' in locals(), "
        + "locals()['a'], locals().get('b')\n"));
    assertEquals(List.of("1:0", "3:4", "5:4", "7:12", "9:16"), found("locals()['x']\nclass C:\n    locals()['x']\ndef f():\n"
        + "    locals()['x'] = 1\ndef g():\n    return [locals()['x'] for _ in []]\ndef h():\n    return list(locals())\n"));
  }

  @Test
  void zeroArgumentSuperIsRefusedWhereKeysAreSet() {
    String cls = "class A:\n    def f(self):\n        return super().f()\n";
    assertEquals(List.of(), found(cls + "print('A' in globals())\n"));
    assertEquals(List.of("3:15"), found(cls + "globals()['B'] = A\n"));
  }

  @Test
  void onlyKeyWritesMakeUnboundNamesDynamic() {
    Mod.Module reads = ((ParseResult.Success) SourceParser.parse("t.py", "print('x' in globals())\n")).module();
    Mod.Module writes = ((ParseResult.Success) SourceParser.parse("t.py", "def f(k):\n    globals()[k] = 1\n")).module();
    assertEquals(false, NamespaceCalls.setsGlobals(reads));
    assertEquals(true, NamespaceCalls.setsGlobals(writes));
  }
}
