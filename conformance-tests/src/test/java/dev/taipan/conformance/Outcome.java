package dev.taipan.conformance;

import java.time.Duration;

/** What happened when a program was built with Taipan and run with Node. */
sealed interface Outcome {

  /** {@code taipan build} exited non-zero; {@code output} is what it printed. */
  record BuildFailed(int exitCode, String output) implements Outcome {}

  /** The built program ran to its end. */
  record Ran(String stdout, String stderr, int exitStatus) implements Outcome {}

  /** The built program was still running after {@code limit} and was killed. */
  record TimedOut(Duration limit, String stdout) implements Outcome {}

  /** The harness itself could not do its part (no output file, Node missing, I/O error). */
  record HarnessError(String message) implements Outcome {}
}
