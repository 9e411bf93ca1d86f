package dev.taipan.conformance;

/** The judgement on one program. */
sealed interface Verdict {

  record Passed() implements Verdict {}

  record Failed(String reason) implements Verdict {}

  /**
   * Routed to Pyodide, where it behaves as under CPython; listed in docs/conformance.md with the
   * construct, which {@code taipan build --no-fallback} names when it refuses the program.
   */
  record PassedRouted(String construct) implements Verdict {}

  /** Listed in docs/conformance.md, and {@code taipan build} refused it naming the construct. */
  record NotSupported(String construct) implements Verdict {}
}
