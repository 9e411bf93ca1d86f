package dev.taipan.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * Shrinks a runtime file for shipping without a JavaScript parser: drops whole-line
 * comments ({@code //} lines and {@code /* ... *}{@code /} blocks that occupy their own
 * lines), blank lines and leading indentation. All three are outside any token only when
 * no string or template literal spans lines, so a file with a line that ends in a
 * backslash or holds an odd number of backticks is shipped unchanged. Line breaks between
 * the remaining lines are kept, so automatic semicolon insertion sees what it saw before.
 */
final class CommentStripper {
  private CommentStripper() {}

  static String strip(String js) {
    String[] lines = js.split("\n", -1);
    List<String> out = new ArrayList<>(lines.length);
    boolean inBlock = false;
    for (String line : lines) {
      String t = line.strip();
      if (inBlock) {
        int end = t.indexOf("*/");
        if (end >= 0) {
          if (end + 2 != t.length()) {
            return js;
          }
          inBlock = false;
        }
        continue;
      }
      if (t.endsWith("\\") || backticks(t) % 2 != 0) {
        return js;
      }
      if (t.isEmpty() || t.startsWith("//")) {
        continue;
      }
      if (t.startsWith("/*")) {
        int end = t.indexOf("*/", 2);
        if (end < 0) {
          inBlock = true;
          continue;
        }
        if (end + 2 == t.length()) {
          continue;
        }
      }
      out.add(t);
    }
    if (inBlock) {
      return js;
    }
    return out.isEmpty() ? "" : String.join("\n", out) + "\n";
  }

  private static int backticks(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '`') {
        n++;
      }
    }
    return n;
  }
}
