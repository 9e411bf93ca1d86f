package dev.taipan.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the runner with a stand-in builder that writes a fixed JavaScript file, so Node is real. */
class ProgramRunnerTest {
  @TempDir Path temp;

  @BeforeAll
  static void needsNode() {
    assumeTrue(ProgramRunner.nodeAvailable("node"), "node is not on the PATH");
  }

  private ProgramRunner runner(String js, int buildExit) {
    return new ProgramRunner(
        (source, outDir) -> {
          try {
            Files.writeString(outDir.resolve("p.js"), js, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return new ProgramRunner.BuildResult(buildExit, buildExit == 0 ? "" : "p.py:1:1: uses exec()");
        },
        temp.resolve("work"),
        Duration.ofSeconds(20),
        "node");
  }

  private Program program(List<String> args, String stdin) throws IOException {
    Path dir = Files.createDirectories(temp.resolve("programs/g"));
    Path source = Files.writeString(dir.resolve("p.py"), "pass\n");
    return new Program("g", "p", source, args, stdin);
  }

  @Test
  void passesArgumentsStdinAndWorkingDirectory() throws IOException {
    String js =
        """
        const fs = require('fs');
        const input = fs.readFileSync(0, 'utf8');
        process.stdout.write(JSON.stringify(process.argv.slice(2)) + '|' + input + '|'
            + require('path').basename(process.cwd()) + '|\\u{1F600}\\n');
        process.stderr.write('Traceback\\nKeyError: 1\\n');
        process.exitCode = 3;
        """;
    Outcome o = runner(js, 0).run(program(List.of("a", "b c"), "in\n"));
    assertEquals(new Outcome.Ran("[\"a\",\"b c\"]|in\n|g|\uD83D\uDE00\n", "Traceback\nKeyError: 1\n", 3), o);
  }

  @Test
  void reportsABuildFailureWithoutRunning() throws IOException {
    Outcome o = runner("", 2).run(program(List.of(), ""));
    assertEquals(new Outcome.BuildFailed(2, "p.py:1:1: uses exec()"), o);
  }

  @Test
  void killsAProgramThatRunsTooLong() throws IOException {
    ProgramRunner slow =
        new ProgramRunner(
            (source, outDir) -> {
              try {
                Files.writeString(outDir.resolve("p.js"), "console.log('hi'); setInterval(() => {}, 1000);");
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              return new ProgramRunner.BuildResult(0, "");
            },
            temp.resolve("work"),
            Duration.ofMillis(1500),
            "node");
    Outcome o = slow.run(program(List.of(), ""));
    assertEquals("hi\n", assertInstanceOf(Outcome.TimedOut.class, o).stdout());
  }

  @Test
  void aMissingOutputFileIsAHarnessError() throws IOException {
    ProgramRunner r =
        new ProgramRunner(
            (source, outDir) -> new ProgramRunner.BuildResult(0, ""),
            temp.resolve("work"),
            Duration.ofSeconds(5),
            "node");
    assertInstanceOf(Outcome.HarnessError.class, r.run(program(List.of(), "")));
  }
}
