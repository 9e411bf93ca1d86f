package dev.taipan.cli.fuzz;

import dev.taipan.cli.fuzz.CliRun.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/** {@code taipan build} on damaged real programs: a positioned error or a complete build, nothing in between. */
class MutatedProgramBuildFuzzTest {
  private static Path work;

  static synchronized Path work() throws Exception {
    if (work == null) {
      work = Files.createTempDirectory("taipan-fuzz-build-");
    }
    return work;
  }

  @AfterContainer
  static void cleanUp() throws Exception {
    if (work != null) {
      CliRun.deleteTree(work);
    }
  }

  @Property(tries = 150, seed = "20261125")
  void buildGivesAPositionedErrorOrACompleteOutput(@ForAll long seed, @ForAll boolean outExists) throws Exception {
    byte[] source = Mutations.mutate(seed);
    buildAndCheck(work(), source, outExists);
  }

  /** Builds {@code source} as {@code prog.py} into a fresh (or pre-filled) directory and checks the promise. */
  static Outcome buildAndCheck(Path work, byte[] source, boolean outExists) throws Exception {
    Path dir = Files.createTempDirectory(work, "case-");
    Path file = dir.resolve("prog.py");
    Files.write(file, source);
    Path out = dir.resolve("out");
    if (outExists) {
      Files.createDirectories(out);
      Files.writeString(out.resolve("keep.txt"), "left by an earlier build\n");
    }
    Map<String, String> before = CliRun.snapshot(out);
    // The optimiser is checked by FuzzRegressionTest and the conformance corpus; Closure's seconds
    // per build would dominate hundreds of generated programs.
    Outcome o = CliRun.run(source, "build", file.toString(), "-o", out.toString(), "--no-optimize");
    CliRun.assertWellBehaved(o);
    CliRun.assertUntouchedOnFailure(o, before, out);
    CliRun.deleteTree(dir);
    return o;
  }
}
