package dev.taipan.conformance.arith;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Random int/float/bool expressions must print the same under Taipan's JavaScript as under the
 * Java model of Python arithmetic, and the model must print what CPython 3.11 prints. Each try
 * checks a batch of expressions with one program run; shrinking is off because the report
 * already names each failing expression.
 */
@PropertyDefaults(tries = 5, shrinking = ShrinkingMode.OFF,
    edgeCases = EdgeCasesMode.NONE)
class ArithmeticPropertyTest {
  /** Fixed so every build checks the same batches; change it to explore others. */
  private static final String SEED = "20240611";
  private static final int BATCH_SIZE = 200;
  private static final int DEPTH = 3;

  @Provide
  Arbitrary<ArithBatch> batches() {
    return ArithExpressions.expressions(DEPTH).list().ofSize(BATCH_SIZE).map(ArithBatch::of);
  }

  @Property(seed = SEED)
  @AddLifecycleHook(RequiresCPython.class)
  void modelPrintsWhatCPythonPrints(@ForAll("batches") ArithBatch batch) throws IOException {
    checkKeepingProgramOnFailure(batch, source -> {
      ProcessOutput cpython = CPythonRun.run(source);
      MismatchReport report = new MismatchReport(batch).add("CPython", cpython.lines());
      if (cpython.exitCode() != 0) {
        report.note("python3 exited with " + cpython.exitCode() + ":\n" + cpython.stderr());
      }
      assertTrue(report.agrees("CPython"), () -> report.describe("CPython"));
    });
  }

  @Property(seed = SEED)
  @AddLifecycleHook(RequiresTaipan.class)
  void taipanPrintsWhatTheModelPrints(@ForAll("batches") ArithBatch batch) throws IOException {
    checkKeepingProgramOnFailure(batch, source -> {
      TaipanRun.Result taipan = TaipanRun.buildAndRun(source, source.resolveSibling("out"));
      if (!taipan.built()) {
        fail("taipan build exited with " + taipan.buildExitCode() + ":\n" + taipan.buildOutput());
      }
      MismatchReport report = new MismatchReport(batch).add("Taipan", taipan.node().lines());
      if (taipan.node().exitCode() != 0) {
        report.note("node exited with " + taipan.node().exitCode() + ":\n" + taipan.node().stderr());
      }
      if (CPythonRun.unavailableReason() == null) {
        report.add("CPython", CPythonRun.run(source).lines());
        assertTrue(report.agrees("CPython"), () -> report.describe("CPython"));
      }
      assertTrue(report.agrees("Taipan"), () -> report.describe("Taipan"));
    });
  }

  /** A check of one batch program, given the path of its source file. */
  interface ProgramCheck {
    void check(Path source) throws IOException;
  }

  /**
   * Writes the batch program under {@code target/}, runs the check, and deletes the program
   * unless the check fails, in which case the failure names the kept file.
   */
  private static void checkKeepingProgramOnFailure(ArithBatch batch, ProgramCheck check)
      throws IOException {
    Path target = Files.createDirectories(Path.of("target"));
    Path dir = Files.createTempDirectory(target, "arith-");
    Path source = write(dir, batch);
    try {
      check.check(source);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\nprogram kept at " + source.toAbsolutePath(), e);
    }
    delete(dir);
  }

  private static Path write(Path dir, ArithBatch batch) throws IOException {
    Path source = dir.resolve("arith_cases.py");
    Files.writeString(source, batch.program(), StandardCharsets.UTF_8);
    return source;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** Skips a property, with the reason, when CPython 3.11 is not available. */
  static final class RequiresCPython implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      String reason = CPythonRun.unavailableReason();
      return reason == null ? SkipResult.doNotSkip() : SkipResult.skip(reason);
    }
  }

  /** Skips a property, with the reason, when {@code taipan build} or node is not available. */
  static final class RequiresTaipan implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      String reason = TaipanRun.unavailableReason();
      return reason == null ? SkipResult.doNotSkip() : SkipResult.skip(reason);
    }
  }
}
