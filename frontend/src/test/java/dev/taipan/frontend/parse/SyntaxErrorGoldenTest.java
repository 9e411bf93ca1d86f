package dev.taipan.frontend.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.frontend.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Compares our syntax errors with CPython's on the snippets of syntax-errors.txt; the expected
 * errors in syntax-errors.golden come from syntax_errors.py run with CPython 3.11.
 */
class SyntaxErrorGoldenTest {
  /** How many messages are worded exactly as CPython's; the test fails if a change lowers it. */
  private static final int SAME_MESSAGE_BASELINE = 87;

  @Test
  void errorsAreReportedOnCPythonsLine() throws IOException {
    String[] snippets = read("syntax-errors.txt").split("\n----\n", -1);
    String[] golden = read("syntax-errors.golden").split("\n");
    assertEquals(snippets.length, golden.length, "regenerate syntax-errors.golden with syntax_errors.py");
    List<String> wrongLine = new ArrayList<>();
    int sameMessage = 0;
    for (int i = 0; i < snippets.length; i++) {
      String[] g = golden[i].split("\t", 4);
      ParseResult r = SourceParser.parse("t.py", snippets[i]);
      if (g[2].equals("none")) {
        if (r instanceof ParseResult.Failure f) {
          wrongLine.add("#" + i + " rejected: " + f.diagnostic().headline() + "; CPython accepts it");
        } else {
          sameMessage++;
        }
        continue;
      }
      if (!(r instanceof ParseResult.Failure f)) {
        wrongLine.add("#" + i + " accepted; CPython: " + golden[i]);
        continue;
      }
      Diagnostic d = f.diagnostic();
      if (d.line() != Integer.parseInt(g[0])) {
        wrongLine.add("#" + i + " line " + d.line() + " " + d.message() + "; CPython: " + golden[i]);
      }
      if (d.message().equals(g[3])) {
        sameMessage++;
      } else {
        System.out.println("message #" + i + ": ours '" + d.message() + "', CPython '" + g[3] + "'");
      }
    }
    System.out.printf("syntax errors: %d snippets, %d on CPython's line, %d with CPython's message%n",
        snippets.length, snippets.length - wrongLine.size(), sameMessage);
    assertTrue(wrongLine.isEmpty(), String.join("\n", wrongLine));
    assertTrue(sameMessage >= SAME_MESSAGE_BASELINE, "fewer messages match CPython's than before");
  }

  private static String read(String name) throws IOException {
    try (InputStream in = SyntaxErrorGoldenTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
