/**
 * Diagnostics as values ({@link dev.taipan.frontend.diag.Diagnostic}: kind with a stable id,
 * severity, file, 1-based line and column in characters, optional end, message, notes) and
 * their rendering as {@code file:line:col: SyntaxError: message} with the source line and a caret
 * ({@link dev.taipan.frontend.diag.DiagnosticRenderer}).
 */
package dev.taipan.frontend.diag;
