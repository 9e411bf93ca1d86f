package dev.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.compiler.fallback.BuildProgram;
import dev.taipan.compiler.fallback.PyodideSource;
import dev.taipan.compiler.route.RoutingOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** sys.argv[0] under {@code taipan run} is the script as the command named it, as CPython's is. */
class ScriptNameTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"app.py", "./app.py", "/abs/dir/app.py", "odd \"name\" \\ é+%.py"})
  void theProgramSeesTheNameAsGiven(String given) throws Exception {
    Path entry = dir.resolve("app.py");
    Files.writeString(entry, "import sys\nprint(sys.argv)\n");
    BuildProgram.Result r = BuildProgram.build(entry, dir.resolve("out"), List.of(), RoutingOptions.DEFAULT, PyodideSource.CDN);
    Process p = new ProcessBuilder("node", ScriptName.nodeImport(Path.of(given)), r.entryJs().toString(), "x")
        .redirectErrorStream(true).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String repr = "'" + given.replace("\\", "\\\\").replace("'", "\\'") + "'";
    assertEquals("[" + repr + ", 'x']\n", out);
  }
}
