package dev.taipan.compiler.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the pruning pass removes from a method table, and what it keeps. */
class PruneMethodTablesTest {
  private static final String MARKER = """
      export function defineMethods(type, table, pruned) {
        Object.assign(type.$dict, table);
        if (pruned !== undefined) type.$pruned = pruned;
      }
      """;

  private static final String TYPES = """
      import { defineMethods } from '../internals/method-table.js';
      export const thing = { $dict: {} };
      function upperHelper(s) { return s.toUpperCase() + 'upper-only'; }
      function lowerHelper(s) { return s.toLowerCase() + 'lower-only'; }
      function titleHelper(s) { return s + 'title-only'; }
      defineMethods(thing, {
        __len__: (s) => s.length,
        upper: (s) => upperHelper(s),
        lower(s) { return lowerHelper(s); },
        title: (s) => titleHelper(s),
        keys: (s) => thing.$dict.items(s),
        items: (s) => [s],
        count: (s) => 0,
      });
      export function viaRuntime(x) { return thing.$dict['keys'](x); }
      """;

  private static String bundle(String main, ReachableNames names) throws Exception {
    Map<String, String> files = new TreeMap<>();
    files.put("taipan-runtime/internals/method-table.js", MARKER);
    files.put("taipan-runtime/types/thing.js", TYPES);
    files.put("main.js", main);
    return BundleWithClosure.bundle(files, "main.js", "main.js", names).js();
  }

  private static final String MAIN = """
      import { thing, viaRuntime } from './taipan-runtime/types/thing.js';
      console.log(thing.$dict.upper('a'), viaRuntime('b'), 'x $$title');
      """;

  @Test
  void removesUnreachedMethodsAndTheHelpersOnlyTheyUse() throws Exception {
    String js = bundle(MAIN, new ReachableNames(false, Set.of("print")));
    assertTrue(js.contains("upper-only"), js);
    assertTrue(js.contains("title-only"), "a word of a generated string literal counts: " + js);
    assertFalse(js.contains("lower-only"), js);
    assertTrue(js.contains("__len__"), js);
    assertTrue(js.contains("items"), "kept: read off $dict by a kept entry: " + js);
    assertFalse(js.contains("count:"), js);
    assertTrue(js.contains("\"lower count\""), "the pruned names are passed on: " + js);
  }

  @Test
  void programNamesKeepTheirMethods() throws Exception {
    String js = bundle(MAIN, new ReachableNames(false, Set.of("lower")));
    assertTrue(js.contains("lower-only"), js);
    assertTrue(js.contains("\"count\""), js);
  }

  @Test
  void nothingIsRemovedWhenEveryNameIsReachable() throws Exception {
    String js = bundle(MAIN, ReachableNames.ALL);
    assertTrue(js.contains("lower-only"), js);
    assertTrue(js.contains("count:"), js);
  }

  @Test
  void deterministic() throws Exception {
    assertEquals(bundle(MAIN, new ReachableNames(false, Set.of("x"))), bundle(MAIN, new ReachableNames(false, Set.of("x"))));
  }
}
