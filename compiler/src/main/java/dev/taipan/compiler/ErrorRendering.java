package dev.taipan.compiler;

import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.parse.LineMap;

/** Renders a positioned error as the compiler prints it: headline, source line, caret under the span. */
public final class ErrorRendering {
  private ErrorRendering() {}

  public static String render(String file, LineMap lines, Span span, String kind, String message) {
    int line = Math.max(1, span.lineno());
    int col = lines == null ? span.colOffset() : lines.charColumn(line, span.colOffset());
    StringBuilder b = new StringBuilder();
    b.append(file).append(':').append(line).append(':').append(col + 1).append(": ").append(kind).append(": ").append(message).append('\n');
    if (lines != null && line <= lines.lineCount()) {
      String text = lines.lineText(line).replace('\t', ' ').stripTrailing();
      b.append("    ").append(text).append('\n');
      int width = 1;
      if (span.endLineno() == span.lineno() && span.endColOffset() > span.colOffset()) {
        width = Math.max(1, lines.charColumn(line, span.endColOffset()) - col);
      }
      b.append("    ").append(" ".repeat(Math.min(col, text.length()))).append('^').append("~".repeat(width - 1)).append('\n');
    }
    return b.toString();
  }
}
