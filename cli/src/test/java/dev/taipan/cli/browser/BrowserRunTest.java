package dev.taipan.cli.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.taipan.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Built programs, transpiled and routed to Pyodide, run in a real browser (headless Chromium
 * driven by fallback-pyodide/scripts/run-in-browser.mjs) with CPython's stdout, last stderr line
 * and exit status: the page contract of docs/browser.md. Goldens come from
 * CPython (src/test/resources/browser/regenerate.py). Skipped, saying why, where Chromium or the
 * pinned playwright-core (npm ci in fallback-pyodide) is missing; CI installs both.
 */
class BrowserRunTest {
  private static final Path RESOURCES = Path.of("src/test/resources/browser");
  private static final Path DRIVER = Path.of("../fallback-pyodide/scripts/run-in-browser.mjs").toAbsolutePath().normalize();
  private static final Path PYODIDE = Path.of("../fallback-pyodide/node_modules/pyodide").toAbsolutePath().normalize();

  @BeforeAll
  static void needBrowser() {
    String chromium = System.getenv().getOrDefault("TAIPAN_CHROMIUM", "/usr/bin/chromium");
    assumeTrue(Files.isExecutable(Path.of(chromium)), "no Chromium at " + chromium + " (set TAIPAN_CHROMIUM)");
    assumeTrue(Files.isDirectory(DRIVER.getParent().resolve("../node_modules/playwright-core").normalize()),
        "playwright-core is not installed: run npm ci in fallback-pyodide");
  }

  static Stream<String> programs() throws Exception {
    try (Stream<Path> files = Files.list(RESOURCES)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".py") && !n.equals("regenerate.py"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("programs")
  void runsInChromiumAsInCPython(String name, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path program = RESOURCES.resolve(name);
    List<String> source = Files.readAllLines(program);
    Path dist = dir.resolve("dist");
    build(program, dist);

    List<String> command = new ArrayList<>(List.of("node", DRIVER.toString(), dist.toString(), name.replace(".py", ".js"),
        "--stdin", header(source, "# stdin:", "\n"), "--timeout", "120", "--"));
    command.addAll(List.of(header(source, "# args:", " ").trim().split("\\s+")));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(true, p.waitFor(180, TimeUnit.SECONDS), "the browser run did not end");
    assertEquals(0, p.exitValue(), "the browser could not run the program: " + out);

    JsonObject got = JsonParser.parseString(out).getAsJsonObject();
    JsonObject expected = JsonParser.parseString(Files.readString(RESOURCES.resolve(name.replace(".py", ".expected"))))
        .getAsJsonObject();
    assertEquals(expected.get("stdout").getAsString(), got.get("stdout").getAsString(), "stdout");
    assertEquals(expected.get("stderr_last_line").getAsString(), lastLine(got.get("stderr").getAsString()), "stderr's last line");
    assertEquals(expected.get("exit_status").getAsInt(), got.get("status").getAsInt(), "exit status");
  }

  /** Builds with Pyodide's files copied into the output, as a self-hosted site would serve them. */
  private static void build(Path program, Path dist) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int status;
    synchronized (BrowserRunTest.class) {
      try (PrintStream capture = new PrintStream(log, true, StandardCharsets.UTF_8)) {
        System.setOut(capture);
        System.setErr(capture);
        status = Main.execute("build", program.toString(), "-o", dist.toString(), "--pyodide", "copy");
      } finally {
        System.setOut(out);
        System.setErr(err);
      }
    }
    assertEquals(0, status, "taipan build failed: " + log.toString(StandardCharsets.UTF_8));
  }

  private static String header(List<String> source, String prefix, String joiner) {
    StringBuilder b = new StringBuilder();
    for (String line : source) {
      if (line.startsWith(prefix)) {
        b.append(line.substring(prefix.length()).trim()).append(joiner);
      }
    }
    return b.toString();
  }

  private static String lastLine(String text) {
    String[] lines = text.strip().split("\n");
    return lines.length == 0 ? "" : lines[lines.length - 1];
  }
}
