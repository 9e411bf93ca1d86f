package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Attribute loads, stores and method calls: written out at each site, the helpers for the rest. */
class AttributeAccessorsTest {
  /** The first line holding {@code marker}: of the helpers when it names one, else of the function body. */
  private static String line(String js, String marker) {
    boolean helper = marker.startsWith("function ");
    for (String l : js.split("\n")) {
      if (l.contains(marker) && helper == l.startsWith("function ")) {
        return l.strip();
      }
    }
    throw new AssertionError("no line with " + marker + " in\n" + js);
  }

  @Test
  void outsideLoopsTooTheAccessesAreWrittenOutAtTheSite() throws Exception {
    String js = GeneratedJs.of("def f(o, v):\n    o.x = v\n    return o.y\n");
    assertTrue(line(js, "return ").contains("o != null && o.$pl === true && o.$fi === null && (($t"), js);
    assertTrue(line(js, ".$$x = ").contains("o != null && o.$pl === true && o.$fi === null"), js);
  }

  @Test
  void insideLoopsAPlainInstanceWithoutIntegralFloatsIsAccessedDirectly() throws Exception {
    String js = GeneratedJs.of("def f(o, v):\n    while v:\n        o.x = o.y\n");
    String load = line(js, "o.$$y");
    assertTrue(load.contains("o != null && o.$pl === true && o.$fi === null && (($t"), load);
    String store = line(js, ".$$x = ");
    assertTrue(store.contains("o != null && o.$pl === true && o.$fi === null"), store);
    assertTrue(store.contains("constructor !== $PyFloat"), "an integral float takes the helper: " + store);
    assertTrue(store.matches(".*: \\$sa\\d+\\(o, \\$t\\d+\\)\\);"), store);
  }

  @Test
  void aLiteralIsStoredWithoutTheFloatBoxTest() throws Exception {
    String js = GeneratedJs.of("def f(o, v):\n    o.a = True\n    o.b = None\n    o.c = 0\n    o.d = 'x'\n    o.e = 1.5\n    o.g = 1.0\n    o.h = v\n");
    for (String attr : new String[] {"a", "b", "c", "d", "e"}) {
      String store = line(js, ".$$" + attr + " = ");
      assertTrue(store.contains("o != null && o.$pl === true && o.$fi === null ? o.$$" + attr + " = "), store);
      assertFalse(store.contains("constructor"), store);
    }
    // An integral float is a box, and a name may hold one: both keep the test.
    assertTrue(line(js, ".$$g = ").contains("constructor !== $PyFloat"), js);
    assertTrue(line(js, ".$$h = ").contains("constructor !== $PyFloat"), js);
  }

  @Test
  void primitiveLiteralsAreToldFromOtherCode() {
    for (String code : new String[] {"true", "false", "undefined", "null", "0", "-12", "1.5", "2e10", "12n", "'a b'", "'it\\'s'"}) {
      assertTrue(AttributeAccessors.isPrimitiveLiteral(code), code);
    }
    for (String code : new String[] {"v", "$t1", "'a' + b", "'a' + 'b'", "-v", "1 + 2", "$f1", "new $PyFloat(1)", "x.y"}) {
      assertFalse(AttributeAccessors.isPrimitiveLiteral(code), code);
    }
  }

  @Test
  void aNoneHeldByTheInstanceIsToldFromAMissingAttributeAtTheSite() throws Exception {
    String js = GeneratedJs.of("def f(o):\n    return o.y\n");
    String load = line(js, "return ");
    assertTrue(load.matches(".*&& \\(\\((\\$t\\d+) = o\\.\\$\\$y\\) !== undefined \\|\\| '\\$\\$y' in o\\) \\? \\1 : \\$ga\\d+\\(o\\)\\).*"), load);
  }

  @Test
  void theObjectIsEvaluatedOnceAndBeforeTheValue() throws Exception {
    String js = GeneratedJs.of("def f(g, v):\n    for i in v:\n        g().x = i\n        print(g().y)\n");
    String store = line(js, ".$$x = ");
    assertTrue(store.matches(".*\\((\\$t\\d+) = \\$call0\\(g\\), .*\\1\\.\\$\\$x = .*"), store);
    String load = line(js, ".$$y");
    assertTrue(load.matches(".*\\((\\$t\\d+) = \\$call0\\(g\\), .*"), load);
    assertFalse(load.matches(".*\\$call0\\(g\\).*\\$call0\\(g\\).*"), load);
  }

  @Test
  void helpersReadAndStoreIntegralFloatsThroughTheRuntime() throws Exception {
    String js = GeneratedJs.of("def f(o):\n    o.x = o.y\n");
    assertTrue(line(js, "function $ga").contains("o.$fi === null ? v : $fieldValue(o, 'y', v)"), js);
    assertTrue(line(js, "function $sa").contains("o.$fi === null && (typeof v !== 'object' || v === null || v.constructor !== $PyFloat)) o.$$x = v;"), js);
    assertTrue(line(js, "function $sa").contains("else $setattr(o, 'x', v); }"), js);
  }

  @Test
  void aMethodCallLoadsTheMethodFromTheInstancePrototype() throws Exception {
    String js = GeneratedJs.of("def f(o, a):\n    return o.m(a)\n");
    String helper = line(js, "function $cm");
    assertTrue(helper.contains("(f = o.$m2$m) !== undefined && o.$py === true && !('$$m' in o)) return f(o, a0);"), helper);
    assertTrue(helper.matches(".* return \\$cx\\d+\\(o, a0\\); }"), helper);
    String site = line(js, "return ");
    assertTrue(site.matches(".*o != null && \\((\\$t\\d+) = o\\.\\$m2\\$m\\) !== undefined && o\\.\\$py === true && "
        + "!\\('\\$\\$m' in o\\) \\? \\1\\(o, a\\) : \\$cx\\d+\\(o, a\\)\\).*"), site);
  }
}
