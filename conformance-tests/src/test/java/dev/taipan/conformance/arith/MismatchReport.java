package dev.taipan.conformance.arith;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines up the model's expected lines with other runs of the same batch program (CPython,
 * Taipan) and describes every case where a run disagrees with the model.
 */
final class MismatchReport {
  private static final int SHOWN = 25;

  private final ArithBatch batch;
  private final String expectedName;
  private final Map<String, List<String>> runs = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  /** A report against the model's expected lines. */
  MismatchReport(ArithBatch batch) {
    this(batch, "model");
  }

  /** A report against the batch's expected lines, named {@code expectedName} (e.g. a golden). */
  MismatchReport(ArithBatch batch, String expectedName) {
    this.batch = batch;
    this.expectedName = expectedName;
  }

  MismatchReport add(String runName, List<String> lines) {
    runs.put(runName, lines);
    return this;
  }

  MismatchReport note(String note) {
    notes.add(note);
    return this;
  }

  /** Indices of cases where the named run printed something other than the model. */
  List<Integer> mismatches(String runName) {
    List<String> lines = runs.get(runName);
    List<Integer> bad = new ArrayList<>();
    for (int i = 0; i < batch.cases().size(); i++) {
      String actual = i < lines.size() ? lines.get(i) : null;
      if (!batch.cases().get(i).expected().equals(actual)) {
        bad.add(i);
      }
    }
    return bad;
  }

  boolean agrees(String runName) {
    return mismatches(runName).isEmpty() && runs.get(runName).size() == batch.cases().size();
  }

  /** Every disagreement of {@code runName} with the model, each case with all runs' lines. */
  String describe(String runName) {
    List<Integer> bad = mismatches(runName);
    List<String> lines = runs.get(runName);
    StringBuilder out = new StringBuilder();
    out.append(runName).append(" disagrees with ")
        .append(expectedName.equals("model") ? "the model" : expectedName).append(" on ").append(bad.size()).append(" of ")
        .append(batch.cases().size()).append(" cases");
    if (lines.size() != batch.cases().size()) {
      out.append(" (printed ").append(lines.size()).append(" lines for ")
          .append(batch.cases().size()).append(" cases)");
    }
    out.append('\n');
    for (String note : notes) {
      out.append(note.strip()).append('\n');
    }
    for (int i : bad.subList(0, Math.min(SHOWN, bad.size()))) {
      ArithBatch.Case c = batch.cases().get(i);
      out.append("  ").append(c.expr().source()).append('\n');
      out.append(String.format("      %-9s %s%n", expectedName + ":", c.expected()));
      runs.forEach((name, printed) -> out.append(String.format("      %-9s %s%n", name + ":",
          i < printed.size() ? printed.get(i) : "<no line>")));
    }
    if (bad.size() > SHOWN) {
      out.append("  ... and ").append(bad.size() - SHOWN).append(" more\n");
    }
    return out.toString();
  }
}
