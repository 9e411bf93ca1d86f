package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MatchEmitterTest {
  private static String generate(String source) throws Exception {
    return GeneratedJs.of(source, "./rt/");
  }

  private static void assertInOrder(String js, String... parts) {
    int at = 0;
    for (String p : parts) {
      int i = js.indexOf(p, at);
      assertTrue(i >= 0, "missing, or out of order: " + p + "\n" + js);
      at = i + p.length();
    }
  }

  @Test
  void namesAreStoredAfterThePatternAndBeforeTheGuard() throws Exception {
    String js = generate("match v:\n    case [x, 2] if x:\n        print(x)\n");
    assertInOrder(js, "$matchSequence(", "$unpack(", "$eq(", "x = $t", "if (!", "$print(");
  }

  @Test
  void aStarWildcardIndexesFromBothEndsInsteadOfUnpacking() throws Exception {
    String js = generate("match v:\n    case [a, *_, b]:\n        pass\n");
    assertInOrder(js, "$len(", ") < 2) break", "$getitem(", "$getitem(");
    assertFalse(js.contains("$unpack"), js);
  }

  @Test
  void aSequenceOfWildcardsChecksOnlyTheLength() throws Exception {
    String js = generate("match v:\n    case [_, _]:\n        pass\n");
    assertInOrder(js, "$matchSequence(", "!== 2) break");
    assertFalse(js.contains("$unpack") || js.contains("$getitem"), js);
  }

  @Test
  void mappingAndClassPatternsUseTheRuntimeHelpers() throws Exception {
    String js = generate("match v:\n    case {'k': int(n), **rest}:\n        pass\n");
    assertInOrder(js, "$matchMapping(", "$len(", "$matchKeys(", "$matchClass(", "$mappingRest(", "n = ", "rest = ");
  }

  @Test
  void eachAlternativeHasItsOwnFailureLabel() throws Exception {
    String js = generate("match v:\n    case 1 | 2:\n        pass\n");
    assertInOrder(js, "$or", "$alt", "break $alt", "break $or", "$alt", "break $alt", "break $or", "break $case");
  }
}
