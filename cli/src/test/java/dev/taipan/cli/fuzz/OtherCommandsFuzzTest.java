package dev.taipan.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.taipan.cli.fuzz.CliRun.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/** {@code taipan check}, {@code ast}, {@code symtable} and {@code run} on the same damaged and unusual inputs as {@code build}. */
class OtherCommandsFuzzTest {
  private static Path work;

  static synchronized Path work() throws Exception {
    if (work == null) {
      work = Files.createTempDirectory("taipan-fuzz-cmds-");
    }
    return work;
  }

  @AfterContainer
  static void cleanUp() throws Exception {
    if (work != null) {
      CliRun.deleteTree(work);
    }
  }

  private static byte[] input(long seed, boolean mutated) {
    return mutated ? Mutations.mutate(seed) : UnusualPrograms.generate(seed).getBytes(StandardCharsets.UTF_8);
  }

  private static Path write(byte[] source) throws Exception {
    Path dir = Files.createTempDirectory(work(), "case-");
    Path file = dir.resolve("prog.py");
    Files.write(file, source);
    return file;
  }

  @Property(tries = 40, seed = "20261125")
  void checkAstAndSymtableFailCleanly(@ForAll long seed, @ForAll boolean mutated) throws Exception {
    byte[] source = input(seed, mutated);
    Path file = write(source);
    for (String command : new String[] {"check", "ast", "symtable"}) {
      Outcome o = CliRun.run(source, command, file.toString());
      if (!command.equals("check") && KnownGaps.undecodableWithoutSourceLine(o)
          || command.equals("symtable") && KnownGaps.symtableStackOverflow(o)) {
        continue;
      }
      CliRun.assertWellBehaved(o);
    }
    CliRun.deleteTree(file.getParent());
  }

  @Property(tries = 12, seed = "20261125")
  void runOfAProgramThatRaisesExitsOneOrReportsWhy(@ForAll long seed, @ForAll boolean mutated) throws Exception {
    byte[] body = input(seed, mutated);
    String raise = "\nraise ValueError('fuzz')\n";
    byte[] source = new byte[body.length + raise.length()];
    System.arraycopy(body, 0, source, 0, body.length);
    System.arraycopy(raise.getBytes(StandardCharsets.US_ASCII), 0, source, body.length, raise.length());
    Path file = write(source);
    Outcome o = CliRun.run(source, "run", file.toString());
    // The program's own output goes straight to the terminal; what is captured is taipan's.
    assertNotEquals(70, o.status(), o.describe());
    assertFalse(o.err().contains("internal error"), o.describe());
    if (!o.err().isEmpty()) {
      CliRun.assertWellBehaved(o);
    }
    CliRun.deleteTree(file.getParent());
  }

  @Property(tries = 4, seed = "20261125")
  void runOfAValidProgramThatRaisesExitsOne(@ForAll long seed) throws Exception {
    String program = "def f(n):\n    if n == 0:\n        raise KeyError('x')\n    return f(n - 1)\nprint('start')\nf(" + Math.floorMod(seed, 50) + ")\n";
    Path file = write(program.getBytes(StandardCharsets.UTF_8));
    Outcome o = CliRun.run(program.getBytes(StandardCharsets.UTF_8), "run", file.toString());
    assertEquals(1, o.status(), o.describe());
    CliRun.deleteTree(file.getParent());
  }
}
