package dev.taipan.compiler.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.taipan.compiler.CompileException;
import dev.taipan.compiler.TaipanCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optimised build against the unoptimised one: same behaviour, one file, same bytes every time. */
class OptimizeBuildTest {
  @TempDir Path dir;

  private static final String PROGRAM = """
      import helper

      class Box:
          def __init__(self, v):
              self.v = v
          def get(self, key):
              return {'a': self.v}[key]

      def outer(n):
          return [helper.inv(k) for k in range(n, -1, -1)]

      print(getattr(Box(3), 'v'), helper.inv(4), sorted({'b': 1, 'a': 2})); print(len, 'a b c'.split(maxsplit=1)); import collections; print(collections.namedtuple('P', 'x').__module__)
      try:
          outer(2)
      except ZeroDivisionError as e:
          print('caught', type(e).__name__, e)
      print(Box(1).get('z'))
      """;

  private void writeProgram() throws IOException {
    Files.writeString(dir.resolve("helper.py"), "def inv(x):\n    return 1 / x\n");
    Files.writeString(dir.resolve("main.py"), PROGRAM);
  }

  private static boolean nodeAvailable() {
    try {
      return new ProcessBuilder("node", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** stdout, then stderr, then the exit status. */
  private static String run(Path js) throws Exception {
    // As `taipan run` runs programs: deep generated expressions need more than Node's default stack to parse.
    Process p = new ProcessBuilder(List.of("node", "--stack-size=4000", js.toString())).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    return out + "--\n" + err + "--\n" + p.waitFor();
  }

  @Test
  void theBundleIsOneFileWithASourceMapAndBehavesAsTheModulesDo() throws Exception {
    writeProgram();
    TaipanCompiler.BuildResult plain = TaipanCompiler.build(dir.resolve("main.py"), dir.resolve("plain"), false);
    TaipanCompiler.BuildResult opt = TaipanCompiler.build(dir.resolve("main.py"), dir.resolve("opt"), true);
    assertTrue(opt.bundled());
    assertFalse(plain.bundled());
    assertFalse(Files.exists(dir.resolve("opt/" + TaipanCompiler.RUNTIME_DIR)));
    assertFalse(Files.exists(dir.resolve("opt/helper.js")));
    assertTrue(Files.readString(dir.resolve("opt/main.js.map")).contains("\"version\":3"));
    assertTrue(opt.gzipBytes() < plain.gzipBytes(), opt.gzipBytes() + " >= " + plain.gzipBytes());
    assumeTrue(nodeAvailable(), "node is not on the PATH");
    String expected = run(plain.entryJs());
    // Builtins keep their names and keyword parameters through the bundle (no renaming), and a
    // namedtuple finds its caller's module from the bundle's position table.
    assertTrue(expected.contains("<built-in function len> ['a', 'b c']\n__main__\n"), expected);
    // The traceback's frames (file, line, function) come through the bundle unchanged.
    assertTrue(expected.contains("line 17, in <module>\n") && expected.contains("line 7, in get\n"), expected);
    assertEquals(expected, run(opt.entryJs()));
  }

  @Test
  void theSameInputGivesTheSameBytes() throws Exception {
    writeProgram();
    TaipanCompiler.build(dir.resolve("main.py"), dir.resolve("a"), true);
    TaipanCompiler.build(dir.resolve("main.py"), dir.resolve("b"), true);
    for (String f : List.of("main.js", "main.js.map")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f);
    }
  }

  @Test
  void aProgramThatNeverImportsSysLoadsNoSysModule() throws Exception {
    // print() reaches sys.stdout through internals/std-streams.js: the sys module (its
    // float_info, version_info, stream types) is built only where a program imports sys.
    Files.writeString(dir.resolve("hello.py"), "print('Hello, world!')\n");
    Files.writeString(dir.resolve("withsys.py"), """
        import sys, io
        buf, out = io.StringIO(), sys.stdout
        print('before')
        sys.stdout = buf
        print('captured')
        sys.stdout = out
        print('to stderr', file=sys.stderr)
        print(repr(buf.getvalue()))
        """);
    TaipanCompiler.BuildResult hello = TaipanCompiler.build(dir.resolve("hello.py"), dir.resolve("hello"), true);
    TaipanCompiler.BuildResult withSys = TaipanCompiler.build(dir.resolve("withsys.py"), dir.resolve("withsys"), true);
    assertFalse(Files.readString(hello.entryJs()).contains("float_info"));
    assertTrue(Files.readString(withSys.entryJs()).contains("float_info"));
    assumeTrue(nodeAvailable(), "node is not on the PATH");
    assertEquals("Hello, world!\n--\n--\n0", run(hello.entryJs()));
    assertEquals("before\n'captured\\n'\n--\nto stderr\n--\n0", run(withSys.entryJs()));
  }

  @Test
  void aDeepExpressionIsBundledToo() throws Exception {
    Files.writeString(dir.resolve("deep.py"), "x = 1" + " + 1".repeat(1_000) + "\nprint(x)\n");
    TaipanCompiler.BuildResult r = TaipanCompiler.build(dir.resolve("deep.py"), dir.resolve("out"), true);
    assertTrue(r.bundled(), r.notBundledWhy());
    assumeTrue(nodeAvailable(), "node is not on the PATH");
    assertEquals("1001\n--\n--\n0", run(r.entryJs()));
  }

  @Test
  void closureErrorsAreRenderedDiagnosticsWithTheInputLine() {
    CompileException e = assertThrows(CompileException.class, () -> OptimizeBuild.bundle(
        Map.of("main.js", "import './lib.js';\n", "lib.js", "const x = 1;\nlet y = x +;\n"), "main.js"));
    assertTrue(e.getMessage().startsWith("lib.js:2:"), e.getMessage());
    assertTrue(e.getMessage().contains("error[JSC_PARSE_ERROR]"), e.getMessage());
    assertTrue(e.getMessage().contains("\n    let y = x +;\n"), e.getMessage());
  }
}
