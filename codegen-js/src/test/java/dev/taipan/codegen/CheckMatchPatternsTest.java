package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import dev.taipan.frontend.scope.SymbolTableError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckMatchPatternsTest {
  private static Mod.Module parse(String source) {
    return ((ParseResult.Success) SourceParser.parse("t.py", source)).module();
  }

  /** Messages and columns as CPython 3.11 reports them. */
  @ParameterizedTest
  @CsvSource(delimiterString = " ~ ", value = {
      "case 1 | x: pass\\n    case 2: pass ~ 9 ~ name capture 'x' makes remaining patterns unreachable",
      "case _: pass\\n    case 2: pass ~ 5 ~ wildcard makes remaining patterns unreachable",
      "case [x, (1 | x)]: pass ~ 14 ~ alternative patterns bind different names",
      "case [x] | [y]: pass ~ 12 ~ alternative patterns bind different names",
      "case [*a, *b]: pass ~ 5 ~ multiple starred names in sequence pattern",
      "case C(a=1, a=2): pass ~ 14 ~ attribute name repeated in class pattern: a",
      "case {'a': x, **x}: pass ~ 11 ~ multiple assignments to name 'x' in pattern",
      "case {1: 1, True: 2}: pass ~ 5 ~ mapping pattern checks duplicate key (True)",
      "case {-2.5: 1, 'x': 2, -2.50: 2}: pass ~ 5 ~ mapping pattern checks duplicate key (-2.5)",
      "case [1, 2] | (3 | y) as z: pass\\n    case 0: pass ~ 19 ~ name capture 'y' makes remaining patterns unreachable",
  })
  void reportsCpythonsSyntaxErrors(String caseText, int col, String message) {
    Mod.Module m = parse("match v:\n    " + caseText.replace("\\n", "\n") + "\n");
    SymbolTableError e = assertThrows(SymbolTableError.class, () -> CheckMatchPatterns.check(m));
    assertEquals(message, e.getMessage());
    assertEquals(col + 4, e.span().colOffset());
  }

  @Test
  void acceptsIrrefutableCasesThatAreLastOrGuarded() {
    assertDoesNotThrow(() -> CheckMatchPatterns.check(parse(
        "match v:\n    case x if x: pass\n    case (a, b) | [b, a] | {'a': a, **b}: pass\n    case _: pass\n")));
  }
}
