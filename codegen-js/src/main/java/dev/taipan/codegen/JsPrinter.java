package dev.taipan.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes JavaScript line by line with indentation, remembering for every output line the
 * Python line it came from (the line table that turns JS stack frames into a traceback).
 */
public final class JsPrinter {
  private final List<String> lines = new ArrayList<>();
  private final List<Integer> pyLines = new ArrayList<>();
  private int indent;
  private int pyLine;

  /** Sets the Python line attributed to the lines printed from now on. */
  public void at(int line) {
    if (line > 0) {
      pyLine = line;
    }
  }

  public int pyLine() {
    return pyLine;
  }

  /** Prints one line at the current indentation. */
  public void line(String code) {
    lines.add("  ".repeat(indent) + code);
    pyLines.add(pyLine);
  }

  /** Prints one line attributed to no Python line: a traceback skips a frame stopped there. */
  public void lineWithoutPosition(String code) {
    lines.add("  ".repeat(indent) + code);
    pyLines.add(0);
  }

  /** Prints {@code header {} and indents. */
  public void open(String header) {
    line(header + " {");
    indent++;
  }

  /** Dedents and prints {@code closer} (usually "}"). */
  public void close(String closer) {
    indent--;
    line(closer);
  }

  /** Prints a line one level out, between two blocks ({@code } else {}). */
  public void middle(String code) {
    indent--;
    line(code);
    indent++;
  }

  public void close() {
    close("}");
  }

  /** Reserves a line to be filled in later (declarations known only after the body). */
  public int reserve() {
    lines.add(null);
    pyLines.add(pyLine);
    return lines.size() - 1;
  }

  /** Fills a reserved line; an empty text drops it. */
  public void fill(int slot, String code, int indentLevel) {
    lines.set(slot, code.isEmpty() ? "" : "  ".repeat(indentLevel) + code);
  }

  public int indent() {
    return indent;
  }

  /** The printed lines (reserved lines left empty are dropped) and their Python lines. */
  public Result finish() {
    StringBuilder out = new StringBuilder();
    List<Integer> table = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l == null || l.isEmpty()) {
        continue;
      }
      out.append(l).append('\n');
      table.add(pyLines.get(i));
    }
    return new Result(out.toString(), table);
  }

  /** Printed text with one Python line per JS line. */
  public record Result(String text, List<Integer> pyLines) {}
}
