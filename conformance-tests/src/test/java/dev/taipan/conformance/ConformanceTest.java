package dev.taipan.conformance;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Builds every corpus program with {@code taipan build}, runs it with Node and compares stdout,
 * the last stderr line and the exit status with CPython's; one dynamic test per program.
 */
class ConformanceTest {

  @TestFactory
  List<DynamicNode> programs() throws Exception {
    ConformanceSettings settings = ConformanceSettings.fromSystemProperties();
    skipUnless(
        ProgramRunner.nodeAvailable(settings.node()),
        "node is not on the PATH: the conformance programs were not run");
    boolean cpython = settings.builder().equals("cpython");
    skipUnless(
        cpython || TaipanBuild.available(),
        "this CLI has no `taipan build` command yet: the conformance programs were not run");

    List<Program> programs = ProgramCorpus.discover(settings.programs(), settings.groups());
    if (programs.isEmpty()) {
      fail("no conformance program under " + settings.programs() + " for groups " + settings.groups());
    }
    String document =
        Files.exists(settings.docs()) ? Files.readString(settings.docs(), StandardCharsets.UTF_8) : "";
    NotSupportedList listed = NotSupportedList.parse(document);

    long start = System.nanoTime();
    ProgramRunner.Builder builder = settings.builder().equals("cpython")
        ? new CpythonShimBuild("python3")
        : new TaipanBuild(settings.optimize().select(programs));
    Map<Program, Result> outcomes = runAll(settings, programs, builder);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    if (builder instanceof TaipanBuild t) {
      System.out.println("conformance: " + t.timing());
    }

    if (settings.update() && !cpython) {
      listed = update(settings, document, listed, outcomes);
    }
    Map<Program, Verdict> verdicts = new LinkedHashMap<>();
    for (Program program : programs) {
      verdicts.put(program, judge(program, outcomes.get(program), listed));
    }

    String report = ConformanceReport.render(verdicts, elapsed);
    System.out.println(report);
    Files.createDirectories(settings.report().getParent());
    Files.writeString(settings.report(), report, StandardCharsets.UTF_8);
    return tests(verdicts);
  }

  private static void skipUnless(boolean condition, String message) {
    if (!condition) {
      System.out.println("conformance: " + message);
    }
    assumeTrue(condition, message);
  }

  /**
   * One program's build and run; for a program routed to Pyodide, also its manifest and what
   * {@code taipan build --no-fallback} said.
   */
  record Result(Outcome outcome, Optional<BuildManifest> manifest, Optional<ProgramRunner.BuildResult> noFallback) {
    boolean routed() {
      return manifest.isPresent() && manifest.get().routed();
    }
  }

  private static Map<Program, Result> runAll(ConformanceSettings settings, List<Program> programs, ProgramRunner.Builder builder)
      throws InterruptedException, ExecutionException {
    Map<String, String> env = Files.isDirectory(settings.pyodide())
        ? Map.of("TAIPAN_PYODIDE", settings.pyodide().toString())
        : Map.of();
    ProgramRunner runner =
        new ProgramRunner(builder, settings.workDir(), settings.timeout(), settings.node(), env);
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    try {
      Map<Program, Future<Result>> futures = new LinkedHashMap<>();
      for (Program program : programs) {
        futures.put(program, pool.submit(() -> {
          Outcome outcome = runner.run(program);
          Optional<BuildManifest> manifest = runner.manifest(program);
          Optional<ProgramRunner.BuildResult> noFallback = manifest.isPresent() && manifest.get().routed()
              ? Optional.of(runner.buildWithoutFallback(program))
              : Optional.empty();
          return new Result(outcome, manifest, noFallback);
        }));
      }
      Map<Program, Result> outcomes = new LinkedHashMap<>();
      for (Map.Entry<Program, Future<Result>> e : futures.entrySet()) {
        outcomes.put(e.getKey(), e.getValue().get());
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Rewrites docs/conformance.md's list: every program routed to Pyodide, with what keeps it from the transpiler. */
  private static NotSupportedList update(
      ConformanceSettings settings,
      String document,
      NotSupportedList listed,
      Map<Program, Result> outcomes)
      throws IOException {
    Map<String, String> found = new TreeMap<>();
    for (Map.Entry<Program, Result> e : outcomes.entrySet()) {
      if (e.getValue().routed()) {
        e.getValue().manifest().flatMap(BuildManifest::firstReason)
            .ifPresent(construct -> found.put(e.getKey().id(), construct));
      }
    }
    List<String> run = outcomes.keySet().stream().map(Program::id).toList();
    NotSupportedList updated = listed.updatedWith(run, found);
    Files.writeString(settings.docs(), updated.writeInto(document), StandardCharsets.UTF_8);
    return updated;
  }

  private static Verdict judge(Program program, Result result, NotSupportedList listed) {
    if (!Files.exists(program.expectationFile())) {
      return new Verdict.Failed(
          "no " + program.expectationFile().getFileName() + ": run conformance-tests/regenerate.py");
    }
    try {
      Expectation expected = Expectation.read(program.expectationFile());
      if (result.routed()) {
        return RoutedJudge.judge(expected, result, listed.construct(program.id()));
      }
      Outcome outcome = result.outcome();
      if (expected.stderr() != null && outcome instanceof Outcome.Ran ran) {
        Path dir = program.source().toAbsolutePath().getParent();
        outcome = new Outcome.Ran(ran.stdout(), Expectation.withoutDirectory(ran.stderr(), dir), ran.exitStatus());
      }
      return Judge.judge(expected, outcome, listed.construct(program.id()));
    } catch (IOException | RuntimeException e) {
      return new Verdict.Failed("unreadable " + program.expectationFile().getFileName() + ": " + e);
    }
  }

  private static List<DynamicNode> tests(Map<Program, Verdict> verdicts) {
    Map<String, List<DynamicNode>> byGroup = new TreeMap<>();
    verdicts.forEach(
        (program, verdict) ->
            byGroup
                .computeIfAbsent(program.group(), g -> new ArrayList<>())
                .add(
                    DynamicTest.dynamicTest(
                        program.name(), program.source().toUri(), () -> check(program, verdict))));
    List<DynamicNode> containers = new ArrayList<>();
    byGroup.forEach((group, tests) -> containers.add(DynamicContainer.dynamicContainer(group, tests)));
    return containers;
  }

  private static void check(Program program, Verdict verdict) {
    switch (verdict) {
      case Verdict.Passed p -> {}
      case Verdict.PassedRouted p -> {}
      case Verdict.NotSupported n -> {}
      case Verdict.Failed f -> fail(program.id() + ": " + f.reason());
    }
  }
}
