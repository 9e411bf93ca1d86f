package dev.taipan.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Attribute loads and stores of a method's local test the remembered epoch of its guards, and when they do not. */
class AttributeFactsTest {
  /** A site's fact test for local `o`: the epoch, else the guards, remembered when they pass. */
  private static final Pattern FACT = Pattern.compile(
      "\\((\\$t\\d+) === \\$attrEpoch\\.n \\|\\| ([\\w$]+) != null && \\2\\.\\$pl === true && \\2\\.\\$fi === null && \\(\\1 = \\$attrEpoch\\.n, true\\)\\)");

  /** A method `f` of a class. */
  private static String function(String params, String body) throws Exception {
    return GeneratedJs.of("class K:\n    def f(" + params + "):\n" + body.indent(8));
  }

  /** The objects tested through a fact, one entry per site, as "local:factLocal". */
  private static java.util.List<String> factSites(String js) {
    Matcher m = FACT.matcher(js);
    java.util.List<String> sites = new java.util.ArrayList<>();
    while (m.find()) {
      sites.add(m.group(2) + ":" + m.group(1));
    }
    return sites;
  }

  private static Set<String> trackable(String body) {
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", "def f(self, o):\n" + body.indent(4))).module();
    return AttributeFacts.trackable(((Stmt.FunctionDef) m.body().get(0)).body());
  }

  @Test
  void loadsAndStoresOfOneLocalShareOneFact() throws Exception {
    String js = function("self", "self.a = 1\nself.b = self.a\nreturn self.b\n");
    java.util.List<String> sites = factSites(js);
    assertEquals(4, sites.size(), js);
    assertEquals(1, Set.copyOf(sites).size(), "one fact local for every site of self:\n" + js);
    assertTrue(js.contains("import { attrEpoch as $attrEpoch }"), js);
  }

  @Test
  void eachLocalHasItsOwnFact() throws Exception {
    String js = function("a, b", "a.x = b.x\nb.y = a.y\n");
    assertEquals(Set.of("a", "b"), Set.copyOf(factSites(js).stream().map(s -> s.split(":")[0]).toList()), js);
    assertEquals(2, Set.copyOf(factSites(js)).size(), js);
  }

  @Test
  void anAssignmentForgetsTheFactAfterTheValue() throws Exception {
    String js = function("a, b", "x = a\nx.v = 1\nx = x.next\nreturn x.v\n");
    String fact = factSites(js).get(0).split(":")[1];
    assertEquals(3, factSites(js).size(), js);
    // The value reads the old object with its fact; the fact is forgotten once the name is rebound.
    assertTrue(js.matches("(?s).*\\n *x = \\(\\(" + Pattern.quote(fact) + " === .*\\n *" + Pattern.quote(fact) + " = undefined;\\n.*"),
        js);
    assertEquals(2, js.split(Pattern.quote(fact + " = undefined;"), -1).length - 1, "after both assignments:\n" + js);
    String multi = function("a", "x = y = a\nreturn x.v + y.v\n");
    assertEquals(2, multi.split(" = undefined;", -1).length - 1, multi);
  }

  @Test
  void aLoopForgetsTheFactOfItsTargetAtEachIteration() throws Exception {
    for (String iter : new String[] {"a", "range(3)", "R"}) {
      String js = GeneratedJs.of("R = range(2)\nclass K:\n    def f(a):\n        for x in " + iter + ":\n            x.v = x.w\n");
      String fact = factSites(js).get(0).split(":")[1];
      int loops = iter.equals("R") ? 2 : 1;
      assertEquals(2 * loops, factSites(js).size(), js);
      assertEquals(loops, js.split(Pattern.quote("\n") + " *" + Pattern.quote(fact + " = undefined;"), -1).length - 1, js);
      assertTrue(js.matches("(?s).*\\n *x = [$\\w]+;\\n *" + Pattern.quote(fact) + " = undefined;\\n.*"), js);
    }
  }

  @Test
  void augmentedAttributeAssignmentUsesTheFactOfItsReceiver() throws Exception {
    String js = function("self", "self.n += 1\nself.n -= self.m\n");
    assertEquals(5, factSites(js).size(), js);
    assertEquals(1, Set.copyOf(factSites(js).stream().map(s -> s.split(":")[1]).toList()).size(), js);
  }

  @Test
  void otherBindingsDisqualifyTheName() {
    assertEquals(Set.of("self", "o"), trackable("self.x = o.y\no = self\n"));
    assertEquals(Set.of("self", "o"), trackable("self.x = o.y\nfor o in self.z:\n    pass\n"));
    assertEquals(Set.of("self"), trackable("self.x = o.y\nfor o, p in self.z:\n    pass\n"));
    assertEquals(Set.of("self"), trackable("self.x = o.y\no += 1\n"));
    assertEquals(Set.of("self"), trackable("self.x = o.y\ndel o\n"));
    assertEquals(Set.of("self"), trackable("self.x = o.y\no, p = 1, 2\n"));
    assertEquals(Set.of("self"), trackable("self.x = o.y\n[(o := 1) for _ in self.z]\n"));
    assertEquals(Set.of("self"), trackable("self.x = o.y\nwith self as o:\n    pass\n"));
    assertEquals(Set.of("self"), trackable("self.x = o.y\ntry:\n    pass\nexcept E as o:\n    pass\n"));
    assertEquals(Set.of("self"), trackable("self.x = o.y\nimport o\n"));
    assertEquals(Set.of("self"), trackable("self.x = o.y\ndef o():\n    pass\n"));
    assertEquals(Set.of("self"), trackable("self.x = o.y\no: int = 1\n"));
    assertEquals(Set.of("self"), trackable("self.x = o.y\ndef g():\n    nonlocal o\n    o = 1\n"));
    assertEquals(Set.of(), trackable("return [s.x for s in self]\n"), "a comprehension's names are its own");
  }

  @Test
  void noFactsInGeneratorsCoroutinesNestedScopesOrForCellsAndGlobals() throws Exception {
    assertFalse(function("self", "yield self.a\nyield self.a\n").contains("$attrEpoch"));
    assertFalse(GeneratedJs.of("class K:\n    async def f(self):\n        self.a = 1\n        return self.a\n").contains("$attrEpoch"));
    assertFalse(GeneratedJs.of("def f(o):\n    o.a = 1\n    return o.a\n").contains("$attrEpoch"), "a function, not a method");
    assertFalse(GeneratedJs.of("class K:\n    def f(self):\n        def g(o):\n            o.a = 1\n            return o.a\n        return g\n")
        .contains("$attrEpoch"), "a function nested in a method");
    assertFalse(function("self", "g = lambda: self.a + self.b\nreturn g\n").contains("$attrEpoch"),
        "self is a cell: the lambda reads it");
    assertFalse(function("s", "return [o.a + o.b for o in s]\n").contains("$attrEpoch"));
    assertFalse(GeneratedJs.of("o = 1\nclass K:\n    def f(self):\n        return o.a + o.b\n").contains("$attrEpoch"), "a global");
    assertFalse(GeneratedJs.of("class C:\n    o.a = 1\n    o.b = 2\n").contains("$attrEpoch"), "a class body");
    assertFalse(GeneratedJs.of("o.a = 1\no.b = 2\n").contains("$attrEpoch"), "module level");
  }
}
