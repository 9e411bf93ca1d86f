package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Which variables of a module body may be read unbound, so they start unbound and are read checked. */
class FindMaybeUnboundTest {
  /** The builtins these programs read: never bound by the module, so always in the found set. */
  private static final Set<String> BUILTINS = Set.of("object", "type", "id", "Exception", "int", "len");

  private static Set<String> maybe(String source) {
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", source)).module();
    Set<String> found = new TreeSet<>(FindMaybeUnbound.in(m.body(), List.of()));
    found.removeAll(BUILTINS);
    return found;
  }

  @Test
  void aGlobalBoundBeforeTheFunctionIsMadeIsReadUnchecked() {
    assertEquals(Set.of(), maybe("x = 1\ndef g():\n    return x\ng()\n"));
  }

  @Test
  void aFunctionCalledBeforeTheBindingRunsReadsChecked() {
    assertEquals(Set.of("x"), maybe("def g():\n    return x\ng()\nx = 1\n"));
  }

  @Test
  void onlyInertStatementsBetweenTheDefAndTheBindingKeepReadsUnchecked() {
    assertEquals(Set.of(), maybe("def g():\n    return x\nclass C:\n    n = 1\n    def m(self):\n        return 2\nx = 1\ny = (1, x)\ng()\n"));
    assertEquals(Set.of("x"), maybe("def g():\n    return x\nimport m\nx = 1\n"), "an import may run user code");
    assertEquals(Set.of("x"), maybe("it = ()\ndef g():\n    return x\na, b = it\nx = 1\n"), "unpacking calls __iter__");
    assertEquals(Set.of(), maybe("def g():\n    return x\na, (b, c) = 1, (2, 3)\nx = 1\n"));
    assertEquals(Set.of("x"), maybe("d = {}\ndef g():\n    return x\n__annotations__ = d\na: int = 1\nx = 1\n"),
        "an annotated assignment stores into what __annotations__ holds");
    assertEquals(Set.of("later", "x"), maybe("def g():\n    return x\ny = later\nx = 1\nlater = 2\n"),
        "reading a name not bound yet raises, and the program's end may still run code");
    assertEquals(Set.of(), maybe("def g():\n    return x\ny = [len, g]\nx = 1\n"));
  }

  @Test
  void aDefReadingItsOwnNameIsUncheckedUnlessDecorated() {
    assertEquals(Set.of(), maybe("def f(n=2):\n    return f\n"));
    assertEquals(Set.of("f"), maybe("d = id\n@d\ndef f(n=2):\n    return f\n"));
  }

  @Test
  void methodsOfAnInertClassStatementReadItsNameUnchecked() {
    assertEquals(Set.of(), maybe("class C:\n    def m(self):\n        return C\n"));
    assertEquals(Set.of("C"), maybe("B = object\nclass C(B):\n    def m(self):\n        return C\n"), "__init_subclass__ may call m");
    assertEquals(Set.of("C"), maybe("M = type\nclass C(metaclass=M):\n    def m(self):\n        return C\n"));
    assertEquals(Set.of("C"), maybe("d = id\n@d\nclass C:\n    def m(self):\n        return C\n"));
    assertEquals(Set.of("C"), maybe("hook = 1\nclass C:\n    h = hook\n    def m(self):\n        return C\n"), "__set_name__ may call m");
    assertEquals(Set.of("C", "m"), maybe("class C:\n    def m(self):\n        return C\n    v = m(None)\n"),
        "m is the class body's own name, not a global the module binds");
    assertEquals(Set.of("C"), maybe("class C:\n    x = C\n"), "the class body itself runs before C is bound");
  }

  @Test
  void everyDelTargetAndNestedUnbindingCounts() {
    assertEquals(Set.of("x", "y"), maybe("x = y = 1\ndef g():\n    return x + y\ndel (x, [y])\n"));
    assertEquals(Set.of("x"), maybe("x = 1\ndef g():\n    return x\ndef h():\n    global x\n    del x\n"));
    assertEquals(Set.of("x"), maybe("E = Exception\nx = 1\ndef g():\n    return x\ndef h():\n    global x\n    try:\n        pass\n    except E as x:\n        pass\n"));
    assertEquals(Set.of(), maybe("E = Exception\nx = 1\ndef g():\n    return x\ndef h():\n    try:\n        pass\n    except E as x:\n        pass\n"),
        "a handler name local to the nested function leaves the global bound");
  }
}
