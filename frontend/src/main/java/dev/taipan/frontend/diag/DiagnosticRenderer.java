package dev.taipan.frontend.diag;

import java.util.function.IntFunction;

/**
 * Renders a diagnostic as a compiler would: the headline, the offending source line, and a
 * caret under the column with {@code ~} under the rest of the span when it is known.
 */
public final class DiagnosticRenderer {
  private DiagnosticRenderer() {}

  /**
   * @param sourceLine the text of a 1-based line (without its newline), or null when unknown
   */
  public static String render(Diagnostic d, IntFunction<String> sourceLine) {
    StringBuilder out = new StringBuilder(d.headline()).append('\n');
    String text = d.line() > 0 && sourceLine != null ? sourceLine.apply(d.line()) : null;
    if (text != null) {
      String shown = text.replace('\t', ' ').stripTrailing();
      int indent = 0;
      while (indent < shown.length() && Character.isWhitespace(shown.charAt(indent))) {
        indent++;
      }
      String body = shown.substring(indent);
      out.append("    ").append(body).append('\n');
      int caretCol = Math.max(0, Math.min(d.column() - 1 - indent, body.codePointCount(0, body.length())));
      int width = 1;
      if (d.endLine() == d.line() && d.endColumn() > d.column()) {
        width = d.endColumn() - d.column();
      } else if (d.endLine() > d.line()) {
        width = Math.max(1, body.codePointCount(0, body.length()) - caretCol);
      }
      out.append("    ").append(" ".repeat(caretCol)).append('^');
      out.append("~".repeat(Math.max(0, width - 1)));
      out.append('\n');
    }
    for (String note : d.notes()) {
      out.append("  note: ").append(note).append('\n');
    }
    return out.toString();
  }
}
