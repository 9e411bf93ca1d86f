package dev.taipan.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildDiagnosticsTest {
  @Test
  void takesTheMessageOfTheFirstDiagnostic() {
    String output =
        "taipan: 1 error\nprog.py:3:5: error[TP0102]: uses exec()\n    exec('x')\n    ^~~~\nprog.py:9:1: error[X]: other\n";
    assertEquals(Optional.of("uses exec()"), BuildDiagnostics.construct(output));
  }

  @Test
  void acceptsALocationWithoutColumnAndWithoutSeverity() {
    assertEquals(
        Optional.of("uses sys._getframe()"),
        BuildDiagnostics.construct("/tmp/a b/prog.py:12: uses sys._getframe()\n"));
  }

  @Test
  void fallsBackToTheFirstNonBlankLine() {
    assertEquals(Optional.of("not supported: metaclass="), BuildDiagnostics.construct("\n  not supported: metaclass=\n"));
    assertEquals(Optional.empty(), BuildDiagnostics.construct(""));
  }
}
