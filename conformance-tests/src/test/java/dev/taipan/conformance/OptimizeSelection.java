package dev.taipan.conformance;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which corpus programs are built optimised ({@code taipan build}'s default, Closure Compiler)
 * and which with {@code --no-optimize}: {@code conformance.optimize=all} builds every program
 * optimised, {@code none} none, and the default {@code sample} the first program of each group
 * and every {@value #SAMPLE_EVERY}th after it, so {@code ./mvnw verify} checks the optimiser on
 * every group without paying Closure's seconds per program for the whole corpus. The programs of
 * {@value #OPTIMIZER_GROUP} exist to try the optimiser's pruning of method tables: every
 * selection but {@code none} builds them optimised.
 */
enum OptimizeSelection {
  NONE,
  SAMPLE,
  ALL;

  static final int SAMPLE_EVERY = 16;

  /** The group whose programs test what only an optimised build does. */
  static final String OPTIMIZER_GROUP = "method_pruning";

  static OptimizeSelection parse(String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "all", "true" -> ALL;
      case "none", "false" -> NONE;
      case "sample", "" -> SAMPLE;
      default -> throw new IllegalArgumentException(
          "conformance.optimize: expected all, sample or none, not '" + value + "'");
    };
  }

  /** The sources of the programs to build optimised; {@code programs} in the corpus's order. */
  Set<Path> select(List<Program> programs) {
    Set<Path> out = new TreeSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Program p : programs) {
      int index = seen.merge(p.group(), 1, Integer::sum) - 1;
      if (this == ALL || (this == SAMPLE && (index % SAMPLE_EVERY == 0 || p.group().equals(OPTIMIZER_GROUP)))) {
        out.add(p.source());
      }
    }
    return out;
  }
}
