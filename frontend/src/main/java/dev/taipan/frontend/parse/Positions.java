package dev.taipan.frontend.parse;

import dev.taipan.frontend.ast.Span;
import dev.taipan.grammar.PythonLexer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Computes CPython spans from tokens: UTF-8 byte columns, and for the replacement fields of
 * f-strings the shift that places a sub-parse at its place in the enclosing file.
 */
final class Positions {
  private final LineMap lines;
  private final int lineShift;
  private final int firstLineColShift;

  Positions(LineMap lines) {
    this(lines, 0, 0);
  }

  /** Positions of a sub-source whose line 1 starts at column {@code firstLineColShift} of line {@code lineShift + 1}. */
  Positions(LineMap lines, int lineShift, int firstLineColShift) {
    this.lines = lines;
    this.lineShift = lineShift;
    this.firstLineColShift = firstLineColShift;
  }

  LineMap lines() {
    return lines;
  }

  Span span(ParserRuleContext c) {
    return span(c.start, c.stop);
  }

  Span span(Token start, Token stop) {
    int sl = start.getLine();
    int sc = lines.byteColumn(sl, start.getCharPositionInLine());
    int el;
    int ecCp;
    if (stop.getType() == PythonLexer.STRING && stop.getText().indexOf('\n') >= 0) {
      int endIndex = stop.getStopIndex() + 1;
      el = lines.lineOfCodePoint(endIndex);
      ecCp = lines.columnOfCodePoint(endIndex);
    } else {
      el = stop.getLine();
      ecCp = stop.getCharPositionInLine() + (stop.getStopIndex() - stop.getStartIndex() + 1);
    }
    int ec = lines.byteColumn(el, ecCp);
    return shift(sl, sc, el, ec);
  }

  Span shift(int sl, int sc, int el, int ec) {
    if (lineShift == 0 && firstLineColShift == 0) {
      return new Span(sl, sc, el, ec);
    }
    return new Span(
        sl + lineShift, sl == 1 ? sc + firstLineColShift : sc,
        el + lineShift, el == 1 ? ec + firstLineColShift : ec);
  }

  /** The span of a token's start, as a zero-width point (for errors). */
  Span at(Token t) {
    return span(t, t);
  }
}
