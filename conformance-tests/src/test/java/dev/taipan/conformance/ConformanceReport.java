package dev.taipan.conformance;

import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The summary table of a conformance run: per feature group, how many programs passed, failed, or are not supported yet. */
final class ConformanceReport {
  private ConformanceReport() {}

  /** {@code passed} counts both routes; {@code routed} the passed programs that ran in Pyodide. */
  record Counts(int programs, int passed, int routed, int failed, int notSupported) {
    Counts plus(Verdict verdict) {
      return switch (verdict) {
        case Verdict.Passed p -> new Counts(programs + 1, passed + 1, routed, failed, notSupported);
        case Verdict.PassedRouted p -> new Counts(programs + 1, passed + 1, routed + 1, failed, notSupported);
        case Verdict.Failed f -> new Counts(programs + 1, passed, routed, failed + 1, notSupported);
        case Verdict.NotSupported n -> new Counts(programs + 1, passed, routed, failed, notSupported + 1);
      };
    }

    Counts plus(Counts other) {
      return new Counts(
          programs + other.programs,
          passed + other.passed,
          routed + other.routed,
          failed + other.failed,
          notSupported + other.notSupported);
    }
  }

  static SortedMap<String, Counts> countByGroup(Map<Program, Verdict> verdicts) {
    SortedMap<String, Counts> byGroup = new TreeMap<>();
    verdicts.forEach(
        (program, verdict) ->
            byGroup.merge(program.group(), new Counts(0, 0, 0, 0, 0).plus(verdict), Counts::plus));
    return byGroup;
  }

  /** A Markdown table with one row per group and a total row, then the run's wall-clock time. */
  static String render(Map<Program, Verdict> verdicts, Duration elapsed) {
    SortedMap<String, Counts> byGroup = countByGroup(verdicts);
    StringBuilder sb = new StringBuilder("# Conformance report\n\n");
    sb.append("| Feature group | Programs | Passed | route: transpiled | route: Pyodide | Failed | Not supported |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
    Counts total = new Counts(0, 0, 0, 0, 0);
    for (Map.Entry<String, Counts> e : byGroup.entrySet()) {
      row(sb, e.getKey(), e.getValue());
      total = total.plus(e.getValue());
    }
    row(sb, "**total**", total);
    sb.append("\nWall-clock time: ")
        .append(String.format(java.util.Locale.ROOT, "%.1f s", elapsed.toMillis() / 1000.0))
        .append('\n');
    return sb.toString();
  }

  private static void row(StringBuilder sb, String group, Counts c) {
    sb.append("| ")
        .append(group)
        .append(" | ")
        .append(c.programs())
        .append(" | ")
        .append(c.passed())
        .append(" | ")
        .append(c.passed() - c.routed())
        .append(" | ")
        .append(c.routed())
        .append(" | ")
        .append(c.failed())
        .append(" | ")
        .append(c.notSupported())
        .append(" |\n");
  }
}
