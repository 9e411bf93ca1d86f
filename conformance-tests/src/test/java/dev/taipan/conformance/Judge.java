package dev.taipan.conformance;

import java.util.Optional;

/** Compares what Taipan's build did with what CPython did, and decides pass, fail or not-supported. */
final class Judge {
  private Judge() {}

  /**
   * @param expected CPython's behaviour
   * @param outcome what the build and run did
   * @param notSupported the blocking construct when docs/conformance.md lists the program
   */
  static Verdict judge(Expectation expected, Outcome outcome, Optional<String> notSupported) {
    return switch (outcome) {
      case Outcome.BuildFailed failed -> judgeBuildFailure(failed, notSupported);
      case Outcome.Ran ran ->
          notSupported.isPresent()
              ? new Verdict.Failed(
                  "listed as not yet supported ("
                      + notSupported.get()
                      + ") but it now builds: update the list with -Dconformance.update=true")
              : compare(expected, ran);
      case Outcome.TimedOut timedOut ->
          new Verdict.Failed(
              "timed out after "
                  + timedOut.limit().toSeconds()
                  + " s; stdout so far:\n"
                  + timedOut.stdout());
      case Outcome.HarnessError error -> new Verdict.Failed("harness error: " + error.message());
    };
  }

  private static Verdict judgeBuildFailure(Outcome.BuildFailed failed, Optional<String> construct) {
    if (construct.isEmpty()) {
      return new Verdict.Failed(
          "taipan build failed (exit " + failed.exitCode() + "):\n" + failed.output());
    }
    if (!failed.output().contains(construct.get())) {
      return new Verdict.Failed(
          "taipan build failed but does not name the listed construct \""
              + construct.get()
              + "\":\n"
              + failed.output());
    }
    return new Verdict.NotSupported(construct.get());
  }

  private static Verdict compare(Expectation expected, Outcome.Ran ran) {
    StringBuilder reasons = new StringBuilder();
    if (!expected.stdout().equals(ran.stdout())) {
      reasons.append("stdout differs: ").append(firstDifference(expected.stdout(), ran.stdout()));
    }
    if (expected.stderr() != null && !expected.stderr().equals(ran.stderr())) {
      appendLine(reasons).append("stderr differs: ").append(firstDifference(expected.stderr(), ran.stderr()));
    }
    String lastLine = Expectation.lastLine(ran.stderr());
    if (!expected.stderrLastLine().equals(lastLine)) {
      appendLine(reasons)
          .append("stderr last line differs: expected \"")
          .append(expected.stderrLastLine())
          .append("\" but was \"")
          .append(lastLine)
          .append('"');
    }
    if (expected.exitStatus() != ran.exitStatus()) {
      appendLine(reasons)
          .append("exit status differs: expected ")
          .append(expected.exitStatus())
          .append(" but was ")
          .append(ran.exitStatus());
    }
    if (reasons.isEmpty()) {
      return new Verdict.Passed();
    }
    if (!ran.stderr().isBlank() && !lastLine.equals(expected.stderrLastLine())) {
      appendLine(reasons).append("stderr:\n").append(ran.stderr().stripTrailing());
    }
    return new Verdict.Failed(reasons.toString());
  }

  private static StringBuilder appendLine(StringBuilder sb) {
    return sb.isEmpty() ? sb : sb.append('\n');
  }

  /** Names the first line where two texts differ, showing both versions of it. */
  static String firstDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    int n = Math.min(e.length, a.length);
    for (int i = 0; i < n; i++) {
      if (!e[i].equals(a[i])) {
        return "line " + (i + 1) + ": expected \"" + e[i] + "\" but was \"" + a[i] + "\"";
      }
    }
    if (e.length > a.length) {
      return "output ends early at line " + (n + 1) + ", expected \"" + e[n] + "\"";
    }
    return "extra output from line " + (n + 1) + ": \"" + a[n] + "\"";
  }
}
