package dev.taipan.compiler.fallback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.taipan.compiler.route.Route;
import dev.taipan.compiler.route.RoutingOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs whose transpiled and routed modules call each other, built with {@code taipan build}
 * and run by Node on the real Pyodide (the npm package the fallback module installs, offline),
 * compared with CPython's results (src/test/resources/mixed/, regenerate.py writes them).
 */
class MixedProgramsTest {
  private static final Path CASES = Path.of("src/test/resources/mixed");
  private static final Path PYODIDE = Path.of("../fallback-pyodide/node_modules/pyodide").toAbsolutePath().normalize();

  @TempDir Path dir;

  @TestFactory
  Stream<DynamicTest> everyCaseBehavesAsCPython() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(CASES)) {
      cases = s.filter(p -> Files.isRegularFile(p.resolve("main.py"))).sorted().toList();
    }
    assertTrue(cases.size() >= 5, "cases found: " + cases);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> run(c)));
  }

  private void run(Path testCase) throws Exception {
    assumeTrue(Files.isRegularFile(PYODIDE.resolve("pyodide.asm.wasm")), "the pyodide npm package is installed");
    String name = testCase.getFileName().toString();
    Path out = dir.resolve(name);
    BuildProgram.Result r = BuildProgram.build(testCase.resolve("main.py"), out, List.of(), RoutingOptions.DEFAULT, PyodideSource.CDN);
    String manifest = Files.readString(r.manifest());
    if (name.startsWith("cannot_cross")) {
      assertTrue(manifest.contains("\"kind\": \"imports-routed\""), manifest);
      assertTrue(r.plan().decisions().values().stream().allMatch(d -> d.route() == Route.PYODIDE), manifest);
    } else {
      assertFalse(manifest.contains("imports-routed") || manifest.contains("imported-by-routed"), manifest);
      assertTrue(r.plan().decisions().values().stream().anyMatch(d -> d.route() == Route.TRANSPILE), manifest);
      assertTrue(r.plan().anyRouted(), manifest);
    }

    ProcessBuilder pb = new ProcessBuilder("node", r.entryJs().toString()).directory(dir.toFile());
    pb.environment().put("TAIPAN_PYODIDE", PYODIDE.toString());
    Path stdout = dir.resolve(name + ".stdout");
    Path stderr = dir.resolve(name + ".stderr");
    pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    Process p = pb.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), name + " finished");
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertEquals(Files.readString(testCase.resolve("expected.stdout"), StandardCharsets.UTF_8),
        Files.readString(stdout, StandardCharsets.UTF_8), name + " stdout; stderr:\n" + err);
    assertEquals(Integer.parseInt(Files.readString(testCase.resolve("expected.status")).strip()), p.exitValue(), name + " status; stderr:\n" + err);
    assertEquals(Files.readString(testCase.resolve("expected.stderr_last_line")).strip(), lastLine(err), name + " stderr");
  }

  private static String lastLine(String s) {
    String[] lines = s.strip().split("\n");
    return lines.length == 0 ? "" : lines[lines.length - 1].strip();
  }

  private static java.io.File nullDevice() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
