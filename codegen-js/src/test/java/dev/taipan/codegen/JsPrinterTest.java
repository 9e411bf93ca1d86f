package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.frontend.ast.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsPrinterTest {
  private static final Span OUTER = new Span(3, 4, 3, 20);
  private static final Span INNER = new Span(3, 8, 3, 12);

  @Test
  void marksAreTakenOutOfTheTextAndBecomeColumnRanges() {
    JsPrinter p = new JsPrinter();
    p.at(3);
    p.line("x = " + p.mark(OUTER, "$add(" + p.mark(INNER, "$call0(f)") + ", 1)") + ";");
    JsPrinter.Result r = p.finish();
    assertEquals("x = $add($call0(f), 1);\n", r.text());
    assertEquals(List.of(3), r.pyLines());
    List<JsPrinter.Position> marks = r.positions().get(0);
    assertEquals(2, marks.size());
    assertEquals(new JsPrinter.Position(9, 18, new JsPrinter.Mark(INNER, JsPrinter.Anchor.NONE, 0, 0)), marks.get(0));
    assertEquals(new JsPrinter.Position(4, 22, new JsPrinter.Mark(OUTER, JsPrinter.Anchor.NONE, 0, 0)), marks.get(1));
  }

  @Test
  void aMarkLeftOpenAtTheEndOfALineCoversTheNextLinesUntilItCloses() {
    JsPrinter p = new JsPrinter();
    p.at(1);
    String marked = p.mark(OUTER, "f(\n  g)");
    String[] parts = marked.split("\n");
    p.line(parts[0]);
    p.line(parts[1]);
    JsPrinter.Result r = p.finish();
    assertEquals("f(\n  g)\n", r.text());
    assertEquals(0, r.positions().get(0).get(0).start());
    assertEquals(2, r.positions().get(0).get(0).end());
    assertEquals(0, r.positions().get(1).get(0).start());
    assertEquals(4, r.positions().get(1).get(0).end());
  }

  @Test
  void anExpressionWithoutAPositionIsNotMarked() {
    JsPrinter p = new JsPrinter();
    assertEquals("x", p.mark(Span.NONE, "x"));
    assertEquals("ab", JsPrinter.unmarked(p.mark(OUTER, "a") + "b"));
  }

  @Test
  void thePositionTableStepsLinesAndKeepsAnchors() {
    List<List<JsPrinter.Position>> positions = List.of(
        List.of(new JsPrinter.Position(2, 9, new JsPrinter.Mark(new Span(4, 11, 4, 16), JsPrinter.Anchor.BIN_OP, 12, 15))),
        List.of(),
        List.of(new JsPrinter.Position(0, 5, new JsPrinter.Mark(new Span(2, 0, 3, 1), JsPrinter.Anchor.NONE, 0, 0))));
    assertEquals("11,2,7,4,11,0,16,1,12,15;2,0,5,-2,0,1,1,0,0,0", ModuleEmitter.positionTable(10, positions));
  }
}
