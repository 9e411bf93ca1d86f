package dev.taipan.frontend.parse;

import java.util.Arrays;

/**
 * Line starts of a decoded source text, for turning ANTLR's code point positions into
 * CPython's (1-based line, 0-based column in UTF-8 bytes) and for quoting source lines.
 */
public final class LineMap {
  private final String text;
  private final int[] lineStartChar;
  private final int[] lineStartCp;
  private final boolean[] asciiLine;

  public LineMap(String text) {
    this.text = text;
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    lineStartChar = new int[n];
    lineStartCp = new int[n];
    asciiLine = new boolean[n];
    int line = 0;
    int cp = 0;
    boolean ascii = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        ascii = false;
      }
      if (!Character.isLowSurrogate(c)) {
        cp++;
      }
      if (c == '\n') {
        asciiLine[line] = ascii;
        ascii = true;
        line++;
        lineStartChar[line] = i + 1;
        lineStartCp[line] = cp;
      }
    }
    asciiLine[line] = ascii;
  }

  /** The decoded source, newlines normalized to {@code \n}. */
  public String text() {
    return text;
  }

  /** The number of lines; a final newline starts an empty last line. */
  public int lineCount() {
    return lineStartChar.length;
  }

  /** The text of a 1-based line without its newline, or "" past the end. */
  public String lineText(int line) {
    if (line < 1 || line > lineStartChar.length) {
      return "";
    }
    int start = lineStartChar[line - 1];
    int end = line < lineStartChar.length ? lineStartChar[line] - 1 : text.length();
    return text.substring(start, end);
  }

  /** The 1-based line holding a code point index. */
  public int lineOfCodePoint(int cpIndex) {
    int i = Arrays.binarySearch(lineStartCp, cpIndex);
    return i >= 0 ? lastLineStartingAt(i) + 1 : -i - 1;
  }

  private int lastLineStartingAt(int i) {
    while (i + 1 < lineStartCp.length && lineStartCp[i + 1] == lineStartCp[i]) {
      i++;
    }
    return i;
  }

  /** The code point column of a code point index within its line. */
  public int columnOfCodePoint(int cpIndex) {
    return cpIndex - lineStartCp[lineOfCodePoint(cpIndex) - 1];
  }

  /** Converts a 0-based column in code points to CPython's column in UTF-8 bytes. */
  public int byteColumn(int line, int cpColumn) {
    if (line < 1 || line > lineStartChar.length || asciiLine[line - 1]) {
      return cpColumn;
    }
    int i = lineStartChar[line - 1];
    int bytes = 0;
    for (int k = 0; k < cpColumn && i < text.length(); k++) {
      int c = text.codePointAt(i);
      bytes += utf8Length(c);
      i += Character.charCount(c);
    }
    return bytes;
  }

  /** Converts a 0-based column in UTF-8 bytes back to code points, for carets. */
  public int charColumn(int line, int byteColumn) {
    if (line < 1 || line > lineStartChar.length || asciiLine[line - 1]) {
      return byteColumn;
    }
    int i = lineStartChar[line - 1];
    int bytes = 0;
    int cps = 0;
    while (bytes < byteColumn && i < text.length() && text.charAt(i) != '\n') {
      int c = text.codePointAt(i);
      bytes += utf8Length(c);
      i += Character.charCount(c);
      cps++;
    }
    return cps;
  }

  static int utf8Length(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
}
