package dev.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The ast, symtable and bench-parse commands: outputs, exit statuses, and errors without stack traces. */
class FrontendCommandsTest {
  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void astPrintsCPythonsDump() throws Exception {
    Run r = run("ast", write("a.py", "x = 1\n").toString());
    assertEquals(0, r.status());
    assertEquals(
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])\n",
        r.out());
  }

  @Test
  void astWithPositionsIncludesAttributes() throws Exception {
    Run r = run("ast", "--positions", write("a.py", "x\n").toString());
    assertEquals(
        "Module(body=[Expr(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1),"
            + " lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], type_ignores=[])\n",
        r.out());
  }

  @Test
  void syntaxErrorIsReportedWithSourceLineAndCaret() throws Exception {
    Path f = write("bad.py", "x = (1 +\n");
    Run r = run("ast", f.toString());
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith(f + ":1:5: SyntaxError: '(' was never closed\n"), r.err());
    assertTrue(r.err().contains("    x = (1 +\n        ^"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void unreadableFileExitsWithTwo() {
    Run r = run("ast", dir.resolve("missing.py").toString());
    assertEquals(2, r.status());
    assertEquals("taipan: cannot read " + dir.resolve("missing.py") + ": no such file\n", r.err());
  }

  @Test
  void symtablePrintsTables() throws Exception {
    Run r = run("symtable", write("s.py", "def f(a):\n    return lambda: a\n").toString());
    assertEquals(0, r.status());
    assertEquals(
        """
        module top line 0
          f LOCAL DEF_LOCAL
          function f line 1
            a CELL DEF_PARAM
            function lambda line 2 nested
              a FREE USE
        """,
        r.out());
  }

  @Test
  void symtableReportsScopeErrorsAsSyntaxErrors() throws Exception {
    Path f = write("g.py", "def f():\n    print(x)\n    global x\n");
    Run r = run("symtable", f.toString());
    assertEquals(1, r.status());
    assertTrue(
        r.err().startsWith(f + ":3:5: SyntaxError: name 'x' is used prior to global declaration\n    global x\n    ^"),
        r.err());
  }

  @Test
  void benchParseReportsFigures() throws Exception {
    write("a.py", "x = 1\ny = 2\n");
    write("b.py", "def f():\n    pass\n");
    Run r = run("bench-parse", "--warmup", "0", "--rounds", "1", "--no-python", dir.toString());
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("files: 2, lines: 4, warm-up rounds: 0, measured rounds: 1\n"), r.out());
    assertTrue(r.out().contains("taipan : best "), r.out());
  }

  @Test
  void benchParseRejectsAMissingDirectory() {
    Run r = run("bench-parse", dir.resolve("nothing").toString());
    assertEquals(2, r.status());
  }
}
