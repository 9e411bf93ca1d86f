package dev.taipan.compiler.optimize;

import com.google.javascript.jscomp.JSError;
import java.util.Map;

/**
 * Renders a Closure Compiler error as Taipan prints every diagnostic: {@code file:line:col:
 * error[JSC_ID]: message}, the line of the input it points into, and a caret, never a stack
 * trace. The file is the input's path inside the build (a generated module or a runtime file).
 */
final class ClosureDiagnostics {
  private ClosureDiagnostics() {}

  static String render(JSError err, Map<String, String> files) {
    String file = err.sourceName() == null ? "<bundle>" : err.sourceName();
    int line = Math.max(1, err.lineno());
    int col = Math.max(0, err.charno());
    StringBuilder b = new StringBuilder();
    b.append(file).append(':').append(line).append(':').append(col + 1).append(": error[")
        .append(err.type().key).append("]: ").append(err.description()).append('\n');
    String text = files.get(file);
    if (text != null) {
      String[] lines = text.split("\n", -1);
      if (line <= lines.length) {
        String src = lines[line - 1].replace('\t', ' ').stripTrailing();
        b.append("    ").append(src).append('\n');
        int width = Math.max(1, Math.min(err.length(), src.length() - col));
        b.append("    ").append(" ".repeat(Math.min(col, src.length()))).append('^').append("~".repeat(width - 1)).append('\n');
      }
    }
    return b.toString();
  }
}
