package dev.taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommentStripperTest {
  @Test
  void dropsWholeLineCommentsBlankLinesAndIndentation() {
    String js = """
        // A file comment.
        import { a } from './a.js';

        /**
         * A doc comment.
         */
        export function f(x) {
          /* one line */
          return x + a; // a trailing comment stays
        }
        """;
    assertEquals("import { a } from './a.js';\nexport function f(x) {\nreturn x + a; // a trailing comment stays\n}\n",
        CommentStripper.strip(js));
  }

  @Test
  void keepsCodeAfterABlockCommentOnTheSameLine() {
    assertEquals("/* a */ f();\n", CommentStripper.strip("  /* a */ f();\n"));
  }

  @Test
  void leavesFilesWithLiteralsSpanningLinesUnchanged() {
    String template = "const s = `a\n// not a comment\n  b`;\n";
    assertEquals(template, CommentStripper.strip(template));
    String continued = "const s = 'a\\\n// not a comment';\n";
    assertEquals(continued, CommentStripper.strip(continued));
    String unclosed = "/* never closed\nf();\n";
    assertEquals(unclosed, CommentStripper.strip(unclosed));
    String codeAfterClose = "/* a\n b */ f();\n";
    assertEquals(codeAfterClose, CommentStripper.strip(codeAfterClose));
  }

  @Test
  void shrinksEveryShippedRuntimeFile() throws IOException {
    var files = RuntimeFiles.closure(Set.of("internals/startup.js", "builtins/io.js"));
    assertTrue(files.size() > 10);
    for (var e : files.entrySet()) {
      String original = RuntimeFiles.read(e.getKey());
      assertTrue(e.getValue().length() < original.length(), e.getKey() + " was not stripped");
      assertFalse(e.getValue().contains("\n//"), e.getKey());
    }
  }
}
