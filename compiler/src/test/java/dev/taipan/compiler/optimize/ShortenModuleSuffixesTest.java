package dev.taipan.compiler.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Closure's long per-file suffixes become short numbered ones, distinct per file and the same every time. */
class ShortenModuleSuffixesTest {
  private static final Map<String, String> FILES = new TreeMap<>(Map.of(
      "main.js", "import { twice } from './taipan-runtime/internals/a-long-name.js';\n"
          + "import { twice as twice2 } from './taipan-runtime/types/other.js';\n"
          + "import * as other from './taipan-runtime/types/other.js';\n"
          + "globalThis.out = [twice(2), twice2(2), twice.name, twice2.name, Object.keys(other)];\n",
      "taipan-runtime/internals/a-long-name.js", "export function twice(x) { return 2 * x; }\n",
      "taipan-runtime/types/other.js", "export function twice(x) { return 3 * x; }\n"));

  @Test
  void suffixesAreShortDistinctAndDeterministic() throws Exception {
    String js = BundleWithClosure.bundle(FILES, "main.js", "main.js").js();
    assertFalse(js.contains("taipan_runtime"), js);
    // One short suffix per input file that declares a top-level name; the two `twice` stay apart.
    assertTrue(js.contains("function twice$$0("), js);
    assertTrue(js.contains("function twice$$1("), js);
    // The namespace object of `import * as` takes the same number as its file's names.
    assertTrue(js.contains("module$1={"), js);
    assertEquals(js, BundleWithClosure.bundle(FILES, "main.js", "main.js").js());
  }

  @Test
  void theSourceMapStillPointsAtTheInputs() throws Exception {
    String map = BundleWithClosure.bundle(FILES, "main.js", "main.js").sourceMap();
    assertTrue(map.contains("taipan-runtime/internals/a-long-name.js"), map);
    assertTrue(map.contains("taipan-runtime/types/other.js"), map);
  }
}
