package dev.taipan.codegen;

import dev.taipan.frontend.ast.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes JavaScript line by line with indentation, remembering for every output line the
 * Python line it came from (the line table that turns JS stack frames into a traceback), and
 * for every marked expression the JS columns it occupies and its Python span (where a traceback
 * puts its carets). Expression text is built as strings before it is printed, so a mark is
 * carried inside the text as control characters that {@link #line} takes out again.
 */
public final class JsPrinter {
  private static final char MARK_OPEN = '\u0001';
  private static final char MARK_ID_END = '\u0002';
  private static final char MARK_CLOSE = '\u0003';

  private final List<String> lines = new ArrayList<>();
  private final List<Integer> pyLines = new ArrayList<>();
  /** Per printed line: the marked ranges on it, each {start column, end column, span index}. */
  private final List<List<int[]>> ranges = new ArrayList<>();
  private final List<Mark> spans = new ArrayList<>();
  /** Marks opened on an earlier line and not closed yet (span indexes). */
  private final List<Integer> open = new ArrayList<>();
  private int indent;
  private int pyLine;

  /**
   * Wraps the JS text of a Python expression or statement that can raise, so that a JS stack
   * frame stopped inside it is shown at {@code span}.
   */
  public String mark(Span span, String js) {
    return mark(new Mark(span, Anchor.NONE, 0, 0), js);
  }

  /** Marks {@code js} with a span and the anchors that split its carets ({@link Mark}). */
  public String mark(Mark mark, String js) {
    if (mark.span() == null || mark.span().lineno() <= 0) {
      return js;
    }
    spans.add(mark);
    return MARK_OPEN + Integer.toString(spans.size() - 1) + MARK_ID_END + js + MARK_CLOSE;
  }

  /** The text without marks (for text printed outside the line table). */
  public static String unmarked(String js) {
    if (js.indexOf(MARK_OPEN) < 0 && js.indexOf(MARK_CLOSE) < 0) {
      return js;
    }
    StringBuilder b = new StringBuilder(js.length());
    for (int i = 0; i < js.length(); i++) {
      char c = js.charAt(i);
      if (c == MARK_OPEN) {
        i = js.indexOf(MARK_ID_END, i);
      } else if (c != MARK_CLOSE) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Adds a line, taking its marks out into the ranges of the line. */
  private void add(String text, int py) {
    List<int[]> here = new ArrayList<>();
    if (text.indexOf(MARK_OPEN) < 0 && text.indexOf(MARK_CLOSE) < 0 && open.isEmpty()) {
      lines.add(text);
      pyLines.add(py);
      ranges.add(here);
      return;
    }
    StringBuilder b = new StringBuilder(text.length());
    List<int[]> stack = new ArrayList<>();
    for (int id : open) {
      stack.add(new int[] {0, id});
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == MARK_OPEN) {
        int end = text.indexOf(MARK_ID_END, i);
        stack.add(new int[] {b.length(), Integer.parseInt(text, i + 1, end, 10)});
        i = end;
      } else if (c == MARK_CLOSE) {
        int[] top = stack.remove(stack.size() - 1);
        here.add(new int[] {top[0], b.length(), top[1]});
      } else {
        b.append(c);
      }
    }
    open.clear();
    for (int[] s : stack) {
      here.add(new int[] {s[0], b.length(), s[1]});
      open.add(s[1]);
    }
    lines.add(b.toString());
    pyLines.add(py);
    ranges.add(here);
  }

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
    add("  ".repeat(indent) + code, pyLine);
  }

  /** Prints one line attributed to no Python line: a traceback skips a frame stopped there. */
  public void lineWithoutPosition(String code) {
    add("  ".repeat(indent) + code, 0);
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
    ranges.add(List.of());
    return lines.size() - 1;
  }

  /** Fills a reserved line; an empty text drops it. */
  public void fill(int slot, String code, int indentLevel) {
    lines.set(slot, code.isEmpty() ? "" : "  ".repeat(indentLevel) + unmarked(code));
  }

  public int indent() {
    return indent;
  }

  /** The printed lines (reserved lines left empty are dropped), their Python lines and marks. */
  public Result finish() {
    StringBuilder out = new StringBuilder();
    List<Integer> table = new ArrayList<>();
    List<List<Position>> positions = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l == null || l.isEmpty()) {
        continue;
      }
      out.append(l).append('\n');
      table.add(pyLines.get(i));
      List<Position> here = new ArrayList<>();
      for (int[] r : ranges.get(i)) {
        here.add(new Position(r[0], r[1], spans.get(r[2])));
      }
      positions.add(here);
    }
    return new Result(out.toString(), table, positions);
  }

  /** What splits a traceback's carets under a span (CPython's traceback.c anchors). */
  public enum Anchor {
    /** Carets under the whole span. */
    NONE,
    /** A binary operator: {@code a} = end column of the left operand, {@code b} = start of the right. */
    BIN_OP,
    /** A subscript: {@code a} = end column of the value, {@code b} = end of the index. */
    SUBSCRIPT,
    /**
     * A method call, whose attribute lookup CPython reports at the attribute alone: {@code a} =
     * end line of the attribute, {@code b} = its end column.
     */
    METHOD_CALL
  }

  /** A Python span with its anchors, as columns of CPython's (UTF-8 byte) offsets. */
  public record Mark(Span span, Anchor anchor, int a, int b) {}

  /** A marked JS column range of one line ({@code end} exclusive) and the Python span it shows. */
  public record Position(int start, int end, Mark mark) {}

  /** Printed text with one Python line and a list of marked ranges per JS line. */
  public record Result(String text, List<Integer> pyLines, List<List<Position>> positions) {}
}
