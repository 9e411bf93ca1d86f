package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** `for x in NAME:` as a counting loop for a range value beside the iterator loop, and when it is not. */
class RangeLoopsTest {
  private static String function(String body) throws Exception {
    return GeneratedJs.of("R = r = range(3)\ndef f(r, out, other):\n" + body.indent(4));
  }

  private static int count(String js, String part) {
    return js.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @Test
  void aNameIsReadOnceAndCountedWhenItHoldsARange() throws Exception {
    String js = function("for i in r:\n    out.append(i)\n");
    assertTrue(js.contains("if ($countableRange($t"), js);
    assertTrue(js.matches("(?s).*for \\(let \\$i\\d+ = \\$t\\d+\\.start, \\$n\\d+ = \\$t\\d+\\.length, \\$s\\d+ = \\$t\\d+\\.step; .*"), js);
    assertTrue(js.contains("} else {"), js);
    assertEquals(1, count(js, "$iterate($t"), js);
    assertEquals(1, count(js, "i = $i"), js);
    assertEquals(1, count(js, "i = $x"), js);
  }

  @Test
  void elseRunsOnceAfterEitherLoop() throws Exception {
    String js = function("for i in r:\n    if i:\n        break\nelse:\n    out.append(0)\n");
    assertEquals(2, count(js, "= true;\n"), "both loops set the break flag:\n" + js);
    assertEquals(1, count(js, "$cm0(out, 0)"), "the else body is emitted once:\n" + js);
  }

  @Test
  void otherLoopsKeepOneIteratorLoop() throws Exception {
    assertEquals(1, count(function("for i in r:\n    for j in r:\n        out.append(j)\n"), "$countableRange("),
        "only the inner loop is duplicated");
    assertFalse(function("for i in r:\n    out.append(lambda: i)\n").contains("$countableRange"));
    assertFalse(function("for i in r:\n    out.append([j for j in r])\n").contains("$countableRange"));
    assertFalse(function("for i in r.x:\n    out.append(i)\n").contains("$countableRange"));
    assertFalse(function("for i in other:\n    out.append(i)\n").contains("$countableRange"),
        "a name the module never assigns a range() call to keeps one loop");
    assertFalse(function("for i in r:\n    yield i\n").contains("$countableRange"));
    assertFalse(function("for i in range(3):\n    out.append(i)\n").contains("$countableRange"));
  }

  @Test
  void bitwiseOperatorsOnInt32sAreInline() throws Exception {
    String js = function("return (r & 1) ^ (out | 53256)\n");
    // `& literal` keeps the safe-int test of the literal-mask fast path (exact for any safe int).
    assertTrue(js.contains("typeof r === 'number' && Number.isInteger(r) ? (r & 1) : $and_(r, 1)"), js);
    assertTrue(js.contains("(out | 53256) : $or_(out, 53256)"), js);
    assertTrue(js.contains(" ^ "), js);
    assertFalse(function("return r & 2.0\n").contains("(r | 0) === r"));
  }
}
