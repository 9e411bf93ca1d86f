package dev.taipan.conformance;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the construct that blocked a build out of {@code taipan build}'s error output, so that
 * the not-yet-supported list in docs/conformance.md is taken from the compiler, never typed in.
 */
final class BuildDiagnostics {
  private BuildDiagnostics() {}

  /** {@code file:line[:col]: [error[ID]: ]message} */
  private static final Pattern DIAGNOSTIC =
      Pattern.compile("^.*?:\\d+(?::\\d+)?: (?:(?:error|warning|note)(?:\\[[^\\]]*])?: )?(.+)$");

  /**
   * The message of the first {@code file:line:col: message} line of {@code output}, without the
   * location and the severity label; otherwise its first non-blank line.
   */
  static Optional<String> construct(String output) {
    String firstLine = null;
    for (String line : output.split("\r?\n")) {
      if (line.isBlank()) {
        continue;
      }
      Matcher m = DIAGNOSTIC.matcher(line.strip());
      if (m.matches()) {
        return Optional.of(m.group(1).strip());
      }
      if (firstLine == null) {
        firstLine = line.strip();
      }
    }
    return Optional.ofNullable(firstLine);
  }
}
