package dev.taipan.cli.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** {@code taipan build} on legal but unusual programs: a complete build, a routing, or a positioned refusal. */
class UnusualProgramBuildFuzzTest {
  private static Path work;

  static synchronized Path work() throws Exception {
    if (work == null) {
      work = Files.createTempDirectory("taipan-fuzz-unusual-");
    }
    return work;
  }

  @AfterContainer
  static void cleanUp() throws Exception {
    if (work != null) {
      CliRun.deleteTree(work);
    }
  }

  @Provide
  Arbitrary<String> corners() {
    return Arbitraries.of(UnusualPrograms.CORNERS);
  }

  @Property(tries = 100, seed = "20261125")
  void generatedProgramsBuildOrFailCleanly(@ForAll long seed, @ForAll boolean outExists) throws Exception {
    String program = UnusualPrograms.generate(seed);
    MutatedProgramBuildFuzzTest.buildAndCheck(work(), program.getBytes(StandardCharsets.UTF_8), outExists);
  }

  @Property(tries = 90, seed = "20261125")
  void everyCornerBuildsOrFailsCleanly(@ForAll("corners") String program) throws Exception {
    MutatedProgramBuildFuzzTest.buildAndCheck(work(), program.getBytes(StandardCharsets.UTF_8), false);
  }
}
