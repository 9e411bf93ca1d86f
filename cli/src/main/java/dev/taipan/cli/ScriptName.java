package dev.taipan.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * sys.argv[0] under {@code taipan run}: CPython's is the script exactly as the command named it
 * ({@code x.py}, {@code ./x.py}, {@code /abs/x.py}), but node runs a JS file in a temporary
 * directory. A {@code --import} of a data: module hands the name to the runtime as
 * {@code globalThis.taipanScript} before the program loads; unlike an environment variable, the
 * program's os.environ and its child processes do not see it.
 */
final class ScriptName {
  private ScriptName() {}

  static String nodeImport(Path script) {
    String literal = jsString(script.toString());
    return "--import=data:text/javascript," + URLEncoder.encode("globalThis.taipanScript=" + literal + ";", StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static String jsString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
