package dev.taipan.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConformanceReportTest {
  private static Program program(String group, String name) {
    return new Program(group, name, Path.of(group, name + ".py"), List.of(), "");
  }

  @Test
  void countsPerGroupWithATotal() {
    Map<Program, Verdict> verdicts = new LinkedHashMap<>();
    verdicts.put(program("ints", "a"), new Verdict.Passed());
    verdicts.put(program("ints", "b"), new Verdict.Failed("x"));
    verdicts.put(program("floats", "c"), new Verdict.NotSupported("uses exec()"));
    verdicts.put(program("ints", "d"), new Verdict.Passed());
    verdicts.put(program("ints", "e"), new Verdict.PassedRouted("exec() is not supported"));
    String expected =
        """
        # Conformance report

        | Feature group | Programs | Passed | route: transpiled | route: Pyodide | Failed | Not supported |
        |---|---:|---:|---:|---:|---:|---:|
        | floats | 1 | 0 | 0 | 0 | 0 | 1 |
        | ints | 4 | 3 | 2 | 1 | 1 | 0 |
        | **total** | 5 | 3 | 2 | 1 | 1 | 1 |

        Wall-clock time: 1.5 s
        """;
    assertEquals(expected, ConformanceReport.render(verdicts, Duration.ofMillis(1500)));
  }
}
