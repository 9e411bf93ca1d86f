package dev.taipan.conformance;

/** The judgement on one program. */
sealed interface Verdict {

  record Passed() implements Verdict {}

  record Failed(String reason) implements Verdict {}

  /** Listed in docs/conformance.md, and {@code taipan build} refused it naming the construct. */
  record NotSupported(String construct) implements Verdict {}
}
