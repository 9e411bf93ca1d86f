package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which dict keys are emitted as pair-key calls, with their operands in Python's order. */
class PairKeysTest {
  private static String body(String statement) throws Exception {
    String source = "def f(d, x, y, z):\n    " + statement + "\n";
    String js = GeneratedJs.of(source);
    for (String l : js.split("\n")) {
      if (l.strip().startsWith("return ")) {
        return GeneratedJs.returnedValue(l.strip());
      }
    }
    throw new AssertionError("no return in\n" + js);
  }

  @Test
  void twoItemTupleDisplaysAreLookedUpAsPairs() throws Exception {
    assertEquals("return $getPair(d, x, y);", body("return d[(x, y)]"));
    assertEquals("return $getPairOr(d, x, y, z);", body("return d.get((x, y), z)"));
    assertEquals("return $getPairOrNone(d, x, y);", body("return d.get((x, y))"));
  }

  @Test
  void membershipEvaluatesTheTupleItemsBeforeTheContainer() throws Exception {
    assertEquals("return $pairIn(x, y, d);", body("return (x, y) in d"));
    assertEquals("return !$pairIn(x, y, d);", body("return (x, y) not in d"));
  }

  @Test
  void aStoreEvaluatesTheValueFirst() throws Exception {
    String store = storeLine("d[(x, y)] = g(z)");
    // The assignment statement computes the value into a temporary first (StatementEmitter).
    assertTrue(store.matches("\\$t\\d+ = \\$call1\\(.*, z\\); \\(\\$setPair\\(d, x, y, \\$t\\d+\\)\\);"), store);
  }

  private static String storeLine(String statement) throws Exception {
    String source = "def f(d, x, y, z):\n    " + statement + "\n";
    String js = GeneratedJs.of(source);
    String[] lines = js.split("\n");
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].contains("$setPair(")) {
        return lines[i - 1].strip() + " " + lines[i].strip();
      }
    }
    throw new AssertionError("no store in\n" + js);
  }

  @Test
  void otherKeysKeepTheGenericPath() throws Exception {
    assertTrue(body("return d[(x, y, z)]").contains("$getitem(d, $makeTuple([x, y, z]))"));
    assertTrue(body("return d[(x, *y)]").contains("$getitem("));
    assertTrue(body("return d[x, y]").startsWith("return $getPair(d, x, y)"), "a bare pair subscript is a tuple display too");
    assertTrue(body("return d.get((x, y), default=z)").contains("$callKw("));
    assertTrue(body("return d.setdefault((x, y), z)").contains("$makeTuple([x, y])"));
    assertTrue(body("return (x, y) in d in z").contains("$contains("));
  }
}
