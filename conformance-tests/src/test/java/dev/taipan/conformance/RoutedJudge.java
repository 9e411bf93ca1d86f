package dev.taipan.conformance;

import java.util.Optional;

/**
 * Judges a program that {@code taipan build} routed to Pyodide: it must behave as CPython, be
 * listed in docs/conformance.md with what keeps it from the transpiler, and
 * {@code taipan build --no-fallback} must refuse it at build time naming that construct.
 */
final class RoutedJudge {
  private RoutedJudge() {}

  static Verdict judge(Expectation expected, ConformanceTest.Result result, Optional<String> listed) {
    String reason = result.manifest().flatMap(BuildManifest::firstReason).orElse("?");
    Verdict ran = Judge.judge(expected, result.outcome(), Optional.empty());
    if (ran instanceof Verdict.Failed f) {
      return new Verdict.Failed("routed to Pyodide (" + reason + "):\n" + f.reason());
    }
    if (listed.isEmpty()) {
      return new Verdict.Failed("routed to Pyodide (" + reason
          + ") but not listed as not yet transpiled: update the list with -Dconformance.update=true");
    }
    ProgramRunner.BuildResult refused = result.noFallback().orElse(null);
    if (refused == null || refused.exitCode() == 0) {
      return new Verdict.Failed("taipan build --no-fallback accepted a program it routes");
    }
    if (!refused.output().contains(listed.get())) {
      return new Verdict.Failed("taipan build --no-fallback does not name the listed construct \""
          + listed.get() + "\":\n" + refused.output());
    }
    return new Verdict.PassedRouted(listed.get());
  }
}
