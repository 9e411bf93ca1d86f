package dev.taipan.compiler.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HideModuleFeaturesTest {
  @Test
  void topLevelAwaitBecomesAnExternCallAndComesBackWithTheSameLength() {
    String js = "const fs = ok ? await load() : undefined;\nasync function f() { await g(); }\n";
    String hidden = HideModuleFeatures.hide("a.js", js);
    assertEquals("const fs = ok ? $await( load()) : undefined;\nasync function f() { await g(); }\n", hidden);
    assertEquals("const fs = ok ? await ( load()) : undefined;\nasync function f() { await g(); }\n",
        HideModuleFeatures.restore(hidden));
  }

  @Test
  void nestedAwaitsAndDynamicImports() {
    assertEquals("x = $await( $await( a));\n", HideModuleFeatures.hide("a.js", "x = await await a;\n"));
    String hidden = HideModuleFeatures.hide("a.js", "function f() { return import('node:fs'); }\n");
    assertEquals("function f() { return $import('node:fs'); }\n", hidden);
    assertEquals("function f() { return  import('node:fs'); }\n", HideModuleFeatures.restore(hidden));
  }

  @Test
  void theSameTextInAStringIsNotACall() {
    String js = "const s = '$await(x)';\nconst t = $await(y);\n";
    assertEquals("const s = '$await(x)';\nconst t = await (y);\n", HideModuleFeatures.restore(js));
  }

  @Test
  void codeWithoutEitherIsUntouched() {
    String js = "const awaited = 1; // import nothing\n";
    assertEquals(js, HideModuleFeatures.hide("a.js", js));
  }
}
