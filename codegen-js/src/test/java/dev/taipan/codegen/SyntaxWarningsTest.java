package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compile-time SyntaxWarnings found match what CPython 3.11 prints for the same source. */
class SyntaxWarningsTest {
  private static List<String> of(String source) {
    var m = ((ParseResult.Success) SourceParser.parse("t.py", source)).module();
    return SyntaxWarnings.of(m.body(), false).stream().map(w -> w.line() + ": " + w.message()).toList();
  }

  @Test
  void isWithALiteral() {
    assertEquals(List.of("1: \"is\" with a literal. Did you mean \"==\"?", "2: \"is not\" with a literal. Did you mean \"!=\"?",
        "3: \"is\" with a literal. Did you mean \"==\"?", "4: \"is\" with a literal. Did you mean \"==\"?"),
        of("x is 1\nx is not 'a'\nx is -1\nx is (1, 2)\nx is None\nx is not ...\nx is (y,)\nx is True\n"));
  }

  @Test
  void onlyTheFirstOfAChainWarns() {
    assertEquals(1, of("x is 1 is 2\n").size());
  }

  @Test
  void callsAndSubscriptsOfLiterals() {
    assertEquals(List.of(
        "1: 'str' object is not callable; perhaps you missed a comma?",
        "2: 'list' object is not callable; perhaps you missed a comma?",
        "3: 'int' object is not subscriptable; perhaps you missed a comma?",
        "4: list indices must be integers or slices, not str; perhaps you missed a comma?",
        "5: tuple indices must be integers or slices, not float; perhaps you missed a comma?",
        "6: 'set' object is not subscriptable; perhaps you missed a comma?"),
        of("'a'(1)\n[1](2)\n5[0]\n[1]['a']\n(1, 2)[1.5]\n{1}[0]\n'ab'[1:2]\n[1][0]\n(lambda: 0)()\nx[0] = 1\n"));
  }

  @Test
  void assertOfATuple() {
    assertEquals(List.of("1: assertion is always true, perhaps remove parentheses?"), of("assert (x, 'msg')\nassert ()\n"));
  }

  @Test
  void decoratorsAndDefaultsBeforeTheBodyAndLocalAnnotationsNot() {
    assertEquals(List.of("1: 'int' object is not callable; perhaps you missed a comma?",
        "2: \"is\" with a literal. Did you mean \"==\"?", "3: 'str' object is not callable; perhaps you missed a comma?"),
        of("@1()\ndef f(a=(x is 1)):\n    return 'a'()\ndef g():\n    y: 'a'() = 1\n"));
  }
}
