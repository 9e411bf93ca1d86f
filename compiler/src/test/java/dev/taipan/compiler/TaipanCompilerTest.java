package dev.taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaipanCompilerTest {
  @TempDir Path dir;

  private static boolean nodeAvailable() {
    try {
      return new ProcessBuilder("node", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String run(Path js) throws Exception {
    Process p = new ProcessBuilder(List.of("node", js.toString())).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  @Test
  void buildsAProgramWithAUserModuleAndRunsIt() throws Exception {
    Files.writeString(dir.resolve("helper.py"), "def twice(x):\n    return x * 2\n");
    Files.writeString(dir.resolve("main.py"), "import helper\nfrom helper import twice\nprint(helper.twice(21), twice('ab'))\n");
    TaipanCompiler.BuildResult r = TaipanCompiler.build(dir.resolve("main.py"), dir.resolve("out"));
    assertTrue(Files.isRegularFile(dir.resolve("out/main.js")));
    assertTrue(Files.isRegularFile(dir.resolve("out/helper.js")));
    assertTrue(Files.isRegularFile(dir.resolve("out/taipan-runtime/internals/startup.js")));
    assertTrue(r.gzipBytes() > 0 && r.gzipBytes() < r.rawBytes());
    assumeTrue(nodeAvailable(), "node is not on the PATH");
    assertEquals("42 abab\n", run(r.entryJs()));
  }

  @Test
  void unsupportedConstructsFailTheBuildWithAPositionedErrorAndWriteNothing() throws Exception {
    Files.writeString(dir.resolve("bad.py"), "x = 1\ny = eval('x')\n");
    CompileException e = assertThrows(CompileException.class, () -> TaipanCompiler.build(dir.resolve("bad.py"), dir.resolve("out")));
    assertTrue(e.getMessage().contains("bad.py:2:5: error[unsupported]: eval() is not supported"), e.getMessage());
    assertTrue(e.getMessage().contains("    y = eval('x')\n        ^~~~"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void syntaxErrorsAreRenderedWithTheSourceLine() throws Exception {
    Files.writeString(dir.resolve("syn.py"), "def f(:\n    pass\n");
    CompileException e = assertThrows(CompileException.class, () -> TaipanCompiler.build(dir.resolve("syn.py"), dir.resolve("out")));
    assertTrue(e.getMessage().contains("syn.py:1:"), e.getMessage());
    assertTrue(e.getMessage().contains("SyntaxError"), e.getMessage());
  }

  @Test
  void uncaughtExceptionsPrintAPythonTraceback() throws Exception {
    assumeTrue(nodeAvailable(), "node is not on the PATH");
    Files.writeString(dir.resolve("boom.py"), "def f(d):\n    return d['x']\n\nf({})\n");
    TaipanCompiler.BuildResult r = TaipanCompiler.build(dir.resolve("boom.py"), dir.resolve("out"));
    Process p = new ProcessBuilder(List.of("node", r.entryJs().toString())).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, p.waitFor());
    assertTrue(err.startsWith("Traceback (most recent call last):\n"), err);
    assertTrue(err.contains("line 4, in <module>\n"), err);
    assertTrue(err.contains("line 2, in f\n"), err);
    assertTrue(err.endsWith("KeyError: 'x'\n"), err);
  }
  @Test
  void tracebacksShowAnAbsoluteEntryAsGivenAndItsModulesInTheNormalisedDirectory() throws Exception {
    assumeTrue(nodeAvailable(), "node is not on the PATH");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("helper.py"), "def f():\n    return 1 / 0\n");
    Files.writeString(dir.resolve("app.py"), "import helper\nhelper.f()\n");
    // As `python3 /abs/./sub/../app.py` shows it: the entry as given, its modules beside it, normalised.
    Path entry = dir.resolve("./sub/../app.py");
    TaipanCompiler.BuildResult r = TaipanCompiler.build(entry, dir.resolve("out"));
    Process p = new ProcessBuilder(List.of("node", r.entryJs().toString())).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(1, p.waitFor());
    assertTrue(err.contains("File \"" + entry + "\", line 2, in <module>\n"), err);
    assertTrue(err.contains("File \"" + dir.resolve("helper.py") + "\", line 2, in f\n"), err);
  }
}
