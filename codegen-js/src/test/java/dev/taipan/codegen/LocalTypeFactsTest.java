package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocalTypeFactsTest {
  /** The safe-int locals of the first function of `source`, taking every `range(...)` call as a counting range. */
  private static Set<String> facts(String source) {
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", source)).module();
    Stmt.FunctionDef f = (Stmt.FunctionDef) m.body().get(0);
    return LocalTypeFacts.smallInts(f.body(), iter -> iter instanceof Expr.Call c && c.func() instanceof Expr.Name n
        && n.id().equals("range") && (c.args().size() == 1 || LocalTypeFacts.isSafeIntLiteral(c.args().get(0))));
  }

  @Test
  void rangeCountersAndIntLiteralsQualify() {
    assertEquals(Set.of("i", "j", "k"), facts("def f(n):\n    k = 0\n    for i in range(n):\n        for j in range(1, n):\n            k = -5\n"));
  }

  @Test
  void aRangeWithAComputedStartDoesNotQualify() {
    assertEquals(Set.of(), facts("def f(n):\n    for i in range(n - 1, n):\n        pass\n"));
  }

  @Test
  void anyOtherBindingDisqualifies() {
    assertEquals(Set.of(), facts("def f(n):\n    a = 0\n    a += 1\n    b = 0\n    b = n\n    c = 0\n    for c in [1]:\n        pass\n"
        + "    d = 0\n    del d\n    e = 0\n    (e, x) = (1, 2)\n    g = 0\n    import g\n    h = 0\n    def h(): pass\n"));
  }

  @Test
  void aHugeLiteralOrAFloatDoesNotQualify() {
    assertEquals(Set.of(), facts("def f():\n    a = 9007199254740992\n    b = 1.0\n    c = True\n"));
  }

  @Test
  void aWalrusInsideAComprehensionDisqualifies() {
    assertEquals(Set.of("j"), facts("def f(n):\n    i = 0\n    j = 0\n    return [(i := x) for x in range(n)]\n"));
  }

  @Test
  void exceptAsAndMatchCapturesDisqualify() {
    assertEquals(Set.of(), facts("def f(n):\n    e = 0\n    try:\n        pass\n    except E as e:\n        pass\n"
        + "    m = 0\n    match n:\n        case [m]:\n            pass\n"));
  }

  @Test
  void nestedFunctionsAreNotEntered() {
    assertEquals(Set.of("i"), facts("def f(n):\n    i = 0\n    def g():\n        i = 'x'\n        return i\n"));
  }
}
