package dev.taipan.compiler.fallback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.taipan.compiler.route.RoutingOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paths routed modules show (fallback-pyodide/js/shown-paths.mjs): tracebacks name a routed
 * module as a transpiled one would be named, not by the build's copy under python/, and __file__
 * is the source file when the build was given an absolute path to an existing file.
 */
class RoutedPathsTest {
  private static final Path PYODIDE = Path.of("../fallback-pyodide/node_modules/pyodide").toAbsolutePath().normalize();

  @TempDir Path dir;

  private record Run(String stdout, String stderr, int status) {}

  private Run build(Path entry, Path cwd) throws Exception {
    assumeTrue(Files.isRegularFile(PYODIDE.resolve("pyodide.asm.wasm")), "the pyodide npm package is installed");
    Path out = dir.resolve("out");
    BuildProgram.Result r = BuildProgram.build(entry, out, List.of(), RoutingOptions.DEFAULT, PyodideSource.CDN);
    ProcessBuilder pb = new ProcessBuilder("node", r.entryJs().toString()).directory(cwd.toFile());
    pb.environment().put("TAIPAN_PYODIDE", PYODIDE.toString());
    Path stdout = dir.resolve("stdout");
    Path stderr = dir.resolve("stderr");
    pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished");
    return new Run(Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8), p.exitValue());
  }

  private Path write(String name, String text) throws Exception {
    Path f = dir.resolve("src").resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
    return f;
  }

  @Test
  void aRoutedEntryAndTheRoutedModuleItImportsShowTheirSourcePaths() throws Exception {
    Path entry = write("app.py", "# taipan: fallback\nimport helper\nprint(__file__)\nhelper.g()\n");
    write("helper.py", "# taipan: fallback\nprint(__file__)\ndef g():\n    raise KeyError('k')\n");
    Run r = build(entry.toAbsolutePath(), dir);
    Path src = entry.toAbsolutePath().getParent();
    assertEquals(src.resolve("helper.py") + "\n" + src.resolve("app.py") + "\n", r.stdout());
    assertEquals(1, r.status());
    String expected = "Traceback (most recent call last):\n"
        + "  File \"" + src.resolve("app.py") + "\", line 4, in <module>\n"
        + "    helper.g()\n"
        + "  File \"" + src.resolve("helper.py") + "\", line 4, in g\n"
        + "    raise KeyError('k')\n"
        + "KeyError: 'k'\n";
    assertEquals(expected, r.stderr());
  }

  @Test
  void aRelativeBuildShowsRelativePathsWithTheCopysLinesWhereverItRuns() throws Exception {
    write("app.py", "import helper\nhelper.g()\n");
    write("helper.py", "# taipan: fallback\ndef g():\n    raise KeyError('k')\n");
    Path cwd = Path.of("").toAbsolutePath();
    Path entry = cwd.relativize(dir.resolve("src/app.py").toAbsolutePath());
    Run r = build(entry, Files.createDirectories(dir.resolve("elsewhere")));
    String shown = entry.getParent().resolve("helper.py").toString();
    assertTrue(r.stderr().endsWith("  File \"" + shown + "\", line 3, in g\n    raise KeyError('k')\nKeyError: 'k'\n"), r.stderr());
    assertEquals(1, r.status());
  }
}
