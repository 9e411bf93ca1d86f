package dev.taipan.conformance.arith;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole golden table of arithmetic cases through Taipan as one program and compares
 * with CPython's stored output, including the libm-dependent powers the model leaves out.
 */
class KnownCasesTaipanTest {

  /**
   * Powers whose exact value lies on (or within a hair of) a rounding midpoint, where glibc's
   * {@code pow} (which CPython calls) is not correctly rounded. Taipan's runtime rounds these
   * correctly, so it differs from CPython-on-glibc in the last digit, as CPython itself differs
   * between C libraries. Listed in docs/conformance.md; the test pins Taipan's value.
   */
  private static final Map<String, String> LIBM_DEVIATIONS =
      Map.of(
          "1e15 ** 14", "1e+210",
          "(-9.0) ** 17", "-1.6677181699666568e+16");

  @Test
  void taipanPrintsWhatCPythonPrinted(@TempDir Path dir) throws Exception {
    String unavailable = TaipanRun.unavailableReason();
    assumeTrue(unavailable == null, () -> "Taipan half skipped: " + unavailable);
    List<ArithBatch.Case> cases = KnownCases.load().stream()
        .map(known -> new ArithBatch.Case(
            ArithExprParser.parse(known.source()),
            LIBM_DEVIATIONS.getOrDefault(known.source(), known.expected())))
        .toList();
    ArithBatch batch = new ArithBatch(cases);
    Path source = dir.resolve("known_cases.py");
    Files.writeString(source, batch.program());
    TaipanRun.Result taipan = TaipanRun.buildAndRun(source, dir.resolve("out"));
    if (!taipan.built()) {
      fail("taipan build exited with " + taipan.buildExitCode() + ":\n" + taipan.buildOutput());
    }
    MismatchReport report = new MismatchReport(batch, "CPython").add("Taipan", taipan.node().lines());
    if (taipan.node().exitCode() != 0) {
      report.note("node exited with " + taipan.node().exitCode() + ":\n" + taipan.node().stderr());
    }
    assertTrue(report.agrees("Taipan"), () -> report.describe("Taipan"));
  }
}
