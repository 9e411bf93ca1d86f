package dev.taipan.frontend.diag;

/** How serious a diagnostic is; only errors stop compilation. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE
}
