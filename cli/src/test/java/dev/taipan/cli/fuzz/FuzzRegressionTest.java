package dev.taipan.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.cli.fuzz.CliRun.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The smallest inputs the fuzzers found that once broke a command, each kept so that it stays fixed. */
class FuzzRegressionTest {
  private static final int DEPTH_DEPENDENT = -1;

  @TempDir Path dir;

  /**
   * One reproducer: {@code command} on {@code source}, the status it must end with and a fragment
   * of the diagnostic it must print; status {@link #DEPTH_DEPENDENT} means 0, or 1 with that
   * diagnostic (how deep a tree compiles depends on the JVM's thread stack size).
   */
  record Case(String name, String command, byte[] source, int status, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] invalidUtf8() {
    return new byte[] {'x', ' ', '=', ' ', '1', '\n', 'p', 'r', 'i', 'n', 't', '(', 'x', (byte) 0xff, ')', '\n'};
  }

  private static final String DEEP_BINOP = "print(1" + " + 1".repeat(20_000) + ")\n";
  private static final String DEEP_UNARY = "print(" + "-".repeat(5_000) + "1)\n";
  private static final String DEEP_ATTRIBUTE = "x = 1\nprint(x" + ".real".repeat(5_000) + ")\n";
  private static final String LONG_ELIF = "x = 3\nif x == 0: pass\n"
      + Stream.iterate(1, i -> i + 1).limit(3_000).map(i -> "elif x == " + i + ": print(" + i + ")\n").reduce("", String::concat);

  static Stream<Case> fixed() {
    String overflow = "RecursionError: maximum recursion depth exceeded during compilation";
    return Stream.of(
        // The router read sources with a strict UTF-8 reader: "prog.py: cannot read: Input length = 1".
        new Case("build, invalid UTF-8", "build", invalidUtf8(), 1, "prog.py:2:1: SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff"),
        new Case("check, invalid UTF-8", "check", invalidUtf8(), 1, "prog.py:2:1: SyntaxError: (unicode error)"),
        new Case("run, invalid UTF-8", "run", invalidUtf8(), 1, "prog.py:2:1: SyntaxError: (unicode error)"),
        // Recursive walks over the tree overflowed Java's stack: "Exception in thread "main" java.lang.StackOverflowError".
        new Case("build, 20000 chained additions", "build", utf8(DEEP_BINOP), 1, "prog.py:1:7: " + overflow),
        new Case("build, 5000 unary minuses", "build", utf8(DEEP_UNARY), 1, "prog.py:1:5007: " + overflow),
        new Case("build, 5000 chained attributes", "build", utf8(DEEP_ATTRIBUTE), 1, "prog.py:2:7: " + overflow),
        new Case("build, 3000 elif branches", "build", utf8(LONG_ELIF), 1, "prog.py:3002:17: " + overflow),
        new Case("check, 20000 chained additions", "check", utf8(DEEP_BINOP), 0, ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixed")
  void fixedCasesFailCleanly(Case c) throws Exception {
    assertCase(c);
  }

  /** CPython 3.11 refuses a script nested deeper than 3000 statements and expressions, whatever the stack. */
  @Test
  void buildRefusesWhatCPythonCannotCompile() throws Exception {
    assertCase(new Case("build, 20000 chained additions", "build", utf8(DEEP_BINOP), 1, "prog.py:1:7: RecursionError"));
    assertCase(new Case("build, 2999 chained additions", "build", utf8("x = 1" + " + 1".repeat(2_999) + "\n"), 1,
        "prog.py:1:5: RecursionError"));
    assertCase(new Case("build, 2998 chained additions", "build", utf8("x = 1" + " + 1".repeat(2_998) + "\n"), 0, ""));
  }

  @Test
  void symtableOfADeepExpression() throws Exception {
    assertCase(new Case("symtable, 20000 chained additions", "symtable", utf8(DEEP_BINOP), 1, "prog.py:1:7: RecursionError"));
  }

  @Test
  void symtableOfALongElifChain() throws Exception {
    assertCase(new Case("symtable, 3000 elif branches", "symtable", utf8(LONG_ELIF), 1, "RecursionError"));
  }

  @Test
  void astOfInvalidUtf8ShowsTheLine() throws Exception {
    assertCase(new Case("ast, invalid UTF-8", "ast", invalidUtf8(), 1, "prog.py:2:1: SyntaxError: (unicode error)"));
  }

  @Test
  void symtableOfInvalidUtf8ShowsTheLine() throws Exception {
    assertCase(new Case("symtable, invalid UTF-8", "symtable", invalidUtf8(), 1, "prog.py:2:1: SyntaxError: (unicode error)"));
  }

  private void assertCase(Case c) throws Exception {
    Path file = dir.resolve("prog.py");
    Files.write(file, c.source());
    Path out = dir.resolve("out");
    Map<String, String> before = CliRun.snapshot(out);
    Outcome o = c.command().equals("build")
        // Limits of the frontend and codegen; the optimiser on deep trees: OptimizeBuildTest.
        ? CliRun.run(c.source(), "build", file.toString(), "-o", out.toString(), "--no-optimize")
        : CliRun.run(c.source(), c.command(), file.toString());
    CliRun.assertWellBehaved(o);
    if (c.status() == DEPTH_DEPENDENT && o.status() == 0) {
      return;
    }
    assertEquals(c.status() == DEPTH_DEPENDENT ? 1 : c.status(), o.status(), o.describe());
    assertTrue(o.err().contains(c.expected()), "expected '" + c.expected() + "'\n" + o.describe());
    CliRun.assertUntouchedOnFailure(o, before, out);
  }
}
