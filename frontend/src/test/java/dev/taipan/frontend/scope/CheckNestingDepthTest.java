package dev.taipan.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The largest programs CPython 3.11 compiles as a script (measured with python3 FILE.py), and one more level. */
class CheckNestingDepthTest {
  private static Span tooDeep(String source) {
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", source)).module();
    return CheckNestingDepth.tooDeep(m, CheckNestingDepth.SCRIPT_LIMIT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      'x = 1'                      | '\\n'     | 2998
      'def f():\\n    return 1'    | '\\n'     | 2997
      'class C:\\n def f(s):\\n  return 1' | '\\n' | 2996
      'if 1:\\n    x = 1'          | '\\n'     | 2997
      """)
  void acceptsWhatCPythonCompilesAndRefusesOneLevelMore(String head, String tail, int additions) {
    String prefix = head.replace("\\n", "\n");
    assertNull(tooDeep(prefix + " + 1".repeat(additions) + tail.replace("\\n", "\n")));
    Span at = tooDeep(prefix + " + 1".repeat(additions + 1) + tail.replace("\\n", "\n"));
    assertEquals(prefix.split("\n").length, at.lineno());
  }
}
