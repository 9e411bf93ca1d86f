package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Which functions undo their count against the recursion limit at each `return` (with a `catch`
 * for exceptions) and which keep the `finally`, and that the returned value is computed first.
 */
class UncountOnReturnTest {
  private static final String ON_RETURN = "catch ($e";
  private static final String IN_FINALLY = "} finally { $depth.n--; }";

  /** Function `f`'s source (after `def f(x, ys):`) and whether its returns undo the count. */
  private static final Object[][] CASES = {
    {"    return x", true},
    {"    if x:\n        return 1\n    return 2", true},
    {"    pass", true},
    {"    while x:\n        return 1", true},
    {"    while x:\n        x -= 1\n    else:\n        return 2", true},
    {"    match x:\n        case 1:\n            return 2", true},
    {"    for y in ys:\n        x += y\n    return x", true},
    {"    for y in ys:\n        pass\n    else:\n        return 3", true},
    {"    def g():\n        try:\n            return 1\n        finally:\n            pass\n    return g", true},
    {"    raise ValueError(x)", true},
    {"    for y in ys:\n        return y", false},
    {"    for y in ys:\n        if y:\n            while x:\n                return y", false},
    {"    try:\n        return x\n    finally:\n        print(x)", false},
    {"    try:\n        x = 1\n    except ValueError:\n        pass\n    return x", false},
    {"    with x:\n        return 1", false},
    {"    if x:\n        with x:\n            pass", false},
  };

  @Test
  void returnsUndoTheCountOnlyWhereNoPythonCodeCanRunAfterTheValue() throws Exception {
    for (Object[] c : CASES) {
      String js = function(GeneratedJs.of("def f(x, ys):\n" + c[0] + "\n"));
      boolean onReturn = (Boolean) c[1];
      // f's own frame closes last (a nested function's closing comes before it).
      assertEquals(onReturn, js.lastIndexOf(ON_RETURN) > js.lastIndexOf(IN_FINALLY), c[0] + "\n" + js);
    }
  }

  @Test
  void theValueIsComputedBeforeTheCountIsUndone() throws Exception {
    String js = function(GeneratedJs.of("def f(x, ys):\n    return ys(x)\n"));
    assertTrue(Pattern.compile("return \\((\\$t\\d+) = \\$call1\\(ys, x\\), \\$depth\\.n--, \\1\\);").matcher(js).find(), js);
  }

  @Test
  void aBareReturnAndTheEndOfTheBodyUndoTheCount() throws Exception {
    String js = function(GeneratedJs.of("def f(x, ys):\n    if x:\n        return\n    ys.append(x)\n"));
    assertTrue(js.contains("return void $depth.n--;"), js);
    assertTrue(js.contains("$depth.n--;\n    } catch ($e"), js);
  }

  @Test
  void aLambdaComputesItsValueFirst() throws Exception {
    String js = GeneratedJs.of("f = lambda x: x(1)\n");
    Matcher m = Pattern.compile("return \\((\\$t\\d+) = \\$call1\\(x, 1\\), \\$depth\\.n--, \\1\\); } catch \\((\\$e\\d+)\\) \\{ "
        + "\\$depth\\.n--; throw \\2; }").matcher(js);
    assertTrue(m.find(), js);
  }

  @Test
  void generatorsKeepTheirOwnAccounting() throws Exception {
    String js = function(GeneratedJs.of("def f(x, ys):\n    yield x\n    return 1\n"));
    assertTrue(!js.contains(ON_RETURN) && !js.contains("$depth.n--"), js);
  }

  /** The JS of function `f` (from its declaration to the `defineFunction` that binds it). */
  private static String function(String js) {
    int start = js.indexOf("function f$0(");
    int end = js.indexOf("f = $defineFunction(", start);
    return js.substring(start, end);
  }
}
