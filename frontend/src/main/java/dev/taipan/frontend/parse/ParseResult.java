package dev.taipan.frontend.parse;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.diag.Diagnostic;

/** The outcome of parsing one file: a module, or the first syntax error CPython would report. */
public sealed interface ParseResult {
  /** The line map of the decoded source; null only when the bytes could not be decoded. */
  LineMap lines();

  record Success(Mod.Module module, LineMap lines) implements ParseResult {}

  record Failure(Diagnostic diagnostic, /* nullable */ LineMap lines) implements ParseResult {}
}
