package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import org.junit.jupiter.api.Test;

class BuiltinOwnAttributesTest {
  private static boolean mayBeRead(String source) {
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", source)).module();
    return BuiltinOwnAttributes.mayBeRead(m);
  }

  @Test
  void namingOneOfTheAttributesOrReadingByComputedNamesLoadsTheModule() {
    assertEquals(true, mayBeRead("print(list.__ne__([], 1))\n"));
    assertEquals(true, mayBeRead("class A:\n    def __lt__(self, o):\n        return super().__lt__(o)\n"));
    assertEquals(true, mayBeRead("def f(x, n):\n    return getattr(x, n)\n"));
    assertEquals(true, mayBeRead("print(hasattr(int, 'x'), dir(int))\n"));
    assertEquals(true, mayBeRead("print(vars(list)['append'])\n"));
    assertEquals(true, mayBeRead("print(list.__dict__)\n"));
    assertEquals(true, mayBeRead("import builtins\nprint(builtins.getattr(1, 'real'))\n"));
  }

  @Test
  void aProgramThatNamesNoneOfThemDoesNotLoadIt() {
    assertEquals(false, mayBeRead("print('hello world')\n"));
    assertEquals(false, mayBeRead("class A:\n    def __lt__(self, o):\n        return True\nprint(A() < A(), [1] != [2])\n"));
  }
}
