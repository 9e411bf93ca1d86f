package dev.taipan.compiler.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Generated functions with parameters and locals get one unused `let` per parameter first; the runtime's do not. */
class PadLocalRegistersTest {
  private static final Map<String, String> FILES = new TreeMap<>(Map.of(
      "main.js", "import { helper } from './taipan-runtime/internals/helper.js';\n"
          + "function method(self, other) { let msg = self.next; if (msg !== undefined) msg = msg.next; return [msg, self, other]; }\n"
          + "function noLocals(self) { return self.next; }\n"
          + "function noParams() { let x = globalThis.a; if (x) x = x.b; return x; }\n"
          + "globalThis.out = [method({ next: { next: 1 } }, 2), noLocals({ next: 3 }), noParams(), helper(4)];\n",
      "taipan-runtime/internals/helper.js", "export function helper(x) { let y = x.v; if (y) y = y.w; return [x, y]; }\n"));

  @Test
  void onlyGeneratedFunctionsWithParametersAndLocalsArePadded() throws Exception {
    String js = BundleWithClosure.bundle(FILES, "main.js", "main.js").js();
    assertTrue(js.matches("(?s).*function method\\$\\$\\d+\\(self,other\\)\\{let \\$pad0,\\$pad1;.*"), js);
    assertFalse(js.matches("(?s).*function noLocals\\$\\$\\d+\\(self\\)\\{let \\$pad.*"), js);
    assertFalse(js.matches("(?s).*function noParams\\$\\$\\d+\\(\\)\\{let \\$pad.*"), js);
    assertFalse(js.matches("(?s).*function helper\\$\\$\\d+\\(x\\)\\{let \\$pad.*"), js);
    assertEquals(js, BundleWithClosure.bundle(FILES, "main.js", "main.js").js());
  }
}
