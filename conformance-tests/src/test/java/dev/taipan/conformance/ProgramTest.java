package dev.taipan.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramTest {
  private static Program parse(String text) {
    return Program.parse("g", "p", Path.of("g/p.py"), text);
  }

  @Test
  void readsArgumentsAndStdinFromTheHeader() {
    Program p = parse("# args: one  two\n# stdin: first line\n# stdin:\n#stdin: ignored\nprint(1)\n");
    assertEquals(List.of("one", "two"), p.args());
    assertEquals("first line\n\n", p.stdin());
  }

  @Test
  void headerEndsAtTheFirstLineThatIsNotAComment() {
    Program p = parse("# a comment\nx = 1\n# args: late\n");
    assertEquals(List.of(), p.args());
    assertEquals("", p.stdin());
  }

  @Test
  void identifiesByGroupAndName() {
    Program p = parse("");
    assertEquals("g/p", p.id());
    assertEquals(Path.of("g/p.expected"), p.expectationFile());
  }
}
