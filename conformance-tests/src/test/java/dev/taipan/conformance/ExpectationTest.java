package dev.taipan.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExpectationTest {
  @Test
  void parsesTheGoldenFormat() {
    Expectation e =
        Expectation.parse(
            "{\"stdout\": \"a\\n\u00e9\\ud83d\\ude00\\n\", \"stderr_last_line\": \"KeyError: 'x'\", \"exit_status\": 1}");
    assertEquals(new Expectation("a\n\u00e9\uD83D\uDE00\n", "KeyError: 'x'", 1), e);
  }

  @Test
  void rejectsAMissingField() {
    assertThrows(
        IllegalArgumentException.class, () -> Expectation.parse("{\"stdout\": \"\", \"exit_status\": 0}"));
  }

  @Test
  void lastLineSkipsTrailingBlankLinesAndCarriageReturns() {
    assertEquals(
        "ZeroDivisionError: division by zero",
        Expectation.lastLine("Traceback (most recent call last):\r\n  x\r\nZeroDivisionError: division by zero  \r\n\n"));
    assertEquals("", Expectation.lastLine(""));
    assertEquals("", Expectation.lastLine("\n \n"));
  }
}
