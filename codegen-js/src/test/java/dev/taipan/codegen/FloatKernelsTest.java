package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The float kernel of a loop nest over lists of instances' float fields, and the loops that get none. */
class FloatKernelsTest {
  private static final String ADVANCE = """
      def advance(bodies, dt, steps):
          n = len(bodies)
          for _ in range(steps):
              for i in range(n):
                  b = bodies[i]
                  for j in range(i + 1, n):
                      b2 = bodies[j]
                      dx = b.x - b2.x
                      d2 = dx * dx + 0.5
                      mag = dt / (d2 * d2 ** 0.5)
                      b.vx -= dx * b2.mass * mag
                      b2.vx += dx * b.mass * mag
              for b in bodies:
                  b.x += dt * b.vx
      """;

  /** The entry check of a kernel: a list element's or local's plainness, then a field's type. */
  private static final String CHECK = ".$pl === true && typeof (";

  private static int count(String js, String part) {
    return js.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  private static String function(String body) throws Exception {
    return GeneratedJs.of("def f(ps, dt, n, out):\n" + body.indent(4));
  }

  @Test
  void theOutermostLoopChecksOncePerIterationAndRunsTheKernel() throws Exception {
    String js = GeneratedJs.of(ADVANCE);
    assertEquals(1, count(js, CHECK), "one kernel, for the outermost loop only:\n" + js);
    assertTrue(js.contains("typeof n === 'number' && (n | 0) === n && n >= 0 && Array.isArray(bodies) && bodies.$cls === undefined"), js);
    assertTrue(js.contains("(typeof dt === 'number' ? !Number.isInteger(dt) : dt instanceof $PyFloat && dt.constructor === $PyFloat)"), js);
    for (String field : new String[] {"x", "vx", "mass"}) {
      assertTrue(js.contains(".$$" + field + ") === 'number' && (!Number.isInteger($t"), field + ":\n" + js);
      assertTrue(js.contains(".$fi.has('" + field + "'))"), field + ":\n" + js);
    }
    // Loads are raw field reads, the root a square root, stores raw while no integral float is held.
    assertTrue(js.matches("(?s).*\\$k\\d+ = \\(\\$k\\d+\\.\\$\\$x - \\$k\\d+\\.\\$\\$x\\);\\n.*"), js);
    assertTrue(js.contains(" * Math.sqrt($k"), js);
    assertTrue(js.matches("(?s).*if \\(\\$k\\d+\\.\\$fi === null\\) \\$k\\d+\\.\\$\\$vx = (\\$t\\d+); "
        + "else \\$sa\\d+\\(\\$k\\d+, \\$makeFloat\\(\\1\\)\\);.*"), js);
    // The integral doubles a pass stored raw are boxed and marked when it ends, before the write-back.
    assertTrue(js.matches("(?s).*\\n\\s*if \\(Number\\.isInteger\\((\\$o\\d+)\\.\\$\\$vx\\) && \\(\\1\\.\\$fi === null \\|\\| !\\1\\.\\$fi\\.has\\('vx'\\)\\)\\) "
        + "\\$sa\\d+\\(\\1, \\$makeFloat\\(\\1\\.\\$\\$vx\\)\\);\\n(?:.*\\n){1,4}\\s*if \\(\\$f\\d+\\) i = \\$k\\d+;\\n.*\\$t\\d+ = true;\\n\\s*continue;.*"), js);
    // A zero divisor and an index past the end mark the fields, write the locals back and run the generic
    // statement: a name assigned earlier in a pass under way unconditionally, one assigned in a
    // loop if the loop completed a pass (its flag).
    assertTrue(js.matches("(?s).*if \\(\\$t\\d+ === 0\\) \\{\\n\\s*for \\(let \\$q.*?\\n\\s*i = \\$k\\d+;\\n\\s*b = \\$k\\d+;\\n\\s*j = \\$k\\d+;\\n.*\\$truediv\\(dt, .*"), js);
    assertTrue(js.matches("(?s).*if \\(\\$k\\d+ >= bodies\\.length\\) \\{\\n.*\\$getitem\\(bodies, j\\).*"), js);
    assertTrue(js.matches("(?s).*\\n\\s*if \\(\\$f\\d+\\) mag = \\$makeFloat\\(\\$k\\d+\\);\\n\\s*\\$t\\d+ = true;\\n\\s*continue;.*"), js);
    assertTrue(js.matches("(?s).*\\n\\s*if \\(\\$f\\d+ \\|\\| \\$f\\d+\\) b = \\$k\\d+;\\n.*"), js);
    assertTrue(js.contains("continue;"), js);
    // The generic body stays, for iterations whose check fails.
    assertTrue(js.contains("$isub("), js);
    assertEquals(js, GeneratedJs.of(ADVANCE), "deterministic");
  }

  @Test
  void aCountingLoopTestsTheElementsAgainOnlyAfterAnIterationThatWasNotAKernelPass() throws Exception {
    String js = GeneratedJs.of(ADVANCE);
    // The flag is cleared before the loop and by the generic body, set by a completed pass.
    assertTrue(js.matches("(?s).*\\n\\s*(\\$t\\d+) = false;\\n\\s*for \\(let \\$i\\d+ = 0, .*"
        + "\\n\\s*if \\(!\\1\\) \\{\\n\\s*for \\(let \\$q\\d+ = 0; .*"
        + "\\n\\s*\\1 = true;\\n\\s*continue;\\n\\s*\\}\\n\\s*\\1 = false;\\n.*"), js);
    // A loop over anything but a range may run code of the program between iterations.
    String over = function("for p in ps:\n    for q in out:\n        q.x += p.x * dt\n");
    assertTrue(over.contains(CHECK), over);
    assertTrue(!over.matches("(?s).*\\$t\\d+ = true;\\n\\s*continue;.*"), over);
  }

  @Test
  void aLocalIteratedByTheHeaderIsCheckedAsAnObject() throws Exception {
    String js = function("t = 0.0\nfor p in ps:\n    for q in out:\n        t += p.x * q.y\n");
    assertTrue(js.contains("p != null && p.$pl === true && typeof ("), js);
    assertTrue(js.contains(".$fi.has('y'))"), js);
  }

  @Test
  void loopsOutsideTheSubsetGetNoKernel() throws Exception {
    String[] bodies = {
      // A call, a comparison, a branch.
      "for _ in range(n):\n    for p in ps:\n        p.x = abs(p.x)\n",
      "for _ in range(n):\n    for p in ps:\n        if p.x:\n            p.x = 0.5\n",
      // ** other than 0.5, and ** 0.5 of a value that may be negative or -0.0.
      "for _ in range(n):\n    for p in ps:\n        p.x = p.x ** 2\n",
      "for _ in range(n):\n    for p in ps:\n        p.x = p.x ** 0.5\n",
      "for _ in range(n):\n    for p in ps:\n        d = p.x * p.y\n        p.x = d ** 0.5\n",
      "for _ in range(n):\n    for p in ps:\n        d = p.x * p.x\n        d -= 1.0\n        p.x = d ** 0.5\n",
      // Operators outside + - * /, ints meeting ints.
      "for _ in range(n):\n    for p in ps:\n        p.x = p.x // 2.0\n",
      "for _ in range(n):\n    for p in ps:\n        p.x = 2 * 3\n",
      "for _ in range(n):\n    for p in ps:\n        for i in range(n):\n            p.x = p.x * i\n",
      // A list indexed but not iterated at the top of the body (the check would cost more than the body).
      "for i in range(n):\n    p = ps[i]\n    for j in range(i + 1, n):\n        p.x += dt\n",
      // A list the body assigns, an object used as a value, a name of two kinds.
      "for _ in range(n):\n    for p in ps:\n        p.x += dt\n    ps = out\n",
      "for _ in range(n):\n    for p in ps:\n        q = p\n",
      "for _ in range(n):\n    for p in ps:\n        dt = p\n        p.x += dt\n",
      // A loop with else, a range with a step, a negative start.
      "for _ in range(n):\n    for p in ps:\n        p.x += dt\n    else:\n        pass\n",
      "for _ in range(n):\n    for p in ps:\n        p.x += dt\n    for i in range(0, n, 2):\n        p = ps[i]\n",
      "for _ in range(n):\n    for p in ps:\n        p.x += dt\n    for i in range(-1, n):\n        p = ps[i]\n",
      // The header's int used as a float.
      "for i in range(n):\n    for p in ps:\n        p.x = p.x * i\n",
      // No loop in the body.
      "for p in ps:\n    p.x += dt\n",
      // A dunder field.
      "for _ in range(n):\n    for p in ps:\n        p.__x__ += dt\n",
    };
    for (String body : bodies) {
      assertEquals(0, count(function(body), "$makeFloat("), body);
    }
    assertEquals(0, count(GeneratedJs.of("def g(ps, dt):\n    for _ in range(2):\n        for p in ps:\n            p.x += dt\n    yield 1\n"),
        "$makeFloat("), "a generator");
    assertEquals(0, count(GeneratedJs.of("G = 0.5\ndef g(ps):\n    for _ in range(2):\n        for p in ps:\n            p.x += G\n"),
        "$makeFloat("), "a global");
    assertEquals(0, count(GeneratedJs.of("ps = []\nfor _ in range(2):\n    for p in ps:\n        p.x += 0.5\n"),
        "$makeFloat("), "module level");
    assertEquals(0, count(GeneratedJs.of("def g(ps, dt):\n    for _ in range(2):\n        for p in ps:\n            p.x += dt\n    return lambda: dt\n"),
        "$makeFloat("), "a cell");
    assertEquals(1, count(function("for _ in range(n):\n    for p in ps:\n        p.x += dt\n"), CHECK), "the smallest kernel");
  }
}
