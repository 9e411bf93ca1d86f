package dev.taipan.compiler.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckProvidedNamesTest {
  private static final Map<String, ProvidedModules.ProvidedModule> TABLE = Map.of(
      "tools", new ProvidedModules.ProvidedModule("tools", null, Set.of("chain", "count"), true, false),
      "tools.sub", new ProvidedModules.ProvidedModule("tools.sub", null, Set.of("Thing"), false, false),
      "num", new ProvidedModules.ProvidedModule("num", null, Set.of("Num"), false, false, Set.of("ln")),
      "maths", new ProvidedModules.ProvidedModule("maths", null, Set.of("ln"), false, false));

  private static List<String> missing(String source) {
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", source)).module();
    return CheckProvidedNames.find(m, TABLE::get).stream().map(n -> n.span().lineno() + ": " + n.message()).toList();
  }

  @Test
  void fromImportsAreCheckedNameByName() {
    assertEquals(List.of("1: tools.groupby is not provided by the runtime"), missing("from tools import chain, groupby as g\n"));
    assertEquals(List.of(), missing("from tools import sub, count\nfrom tools.sub import Thing\n"));
    assertEquals(List.of("1: tools.sub.Other is not provided by the runtime"), missing("from tools.sub import Other\n"));
  }

  @Test
  void attributesOfAnImportedModuleNameAreChecked() {
    assertEquals(List.of("3: tools.islice is not provided by the runtime"),
        missing("import tools\nprint(tools.chain, tools.__name__)\nx = tools.islice\n"));
    assertEquals(List.of("2: tools.zip is not provided by the runtime"), missing("import tools as t\nt.zip\n"));
    assertEquals(List.of("2: tools.sub.Nope is not provided by the runtime"), missing("import tools.sub\ntools.sub.Thing, tools.sub.Nope\n"));
  }

  @Test
  void storesAndUnrelatedNamesAreNotChecked() {
    assertEquals(List.of(), missing("import tools\ntools.extra = 1\nother = object()\nother.anything\n"));
    assertEquals(List.of(), missing("import elsewhere\nelsewhere.anything\n"));
  }

  @Test
  void aMissingMethodRoutesAModuleThatImportsItsModule() {
    assertEquals(List.of("2: .ln (a method of num's classes the runtime does not provide; looked up by name)"),
        missing("from num import Num\nprint(Num(2).ln())\n"));
    assertEquals(List.of("3: .ln (a method of num's classes the runtime does not provide; looked up by name)"),
        missing("import num\nimport maths\nx = num.Num(1).ln\ny = maths.ln\n"));
    assertEquals(List.of(), missing("x = object()\nx.ln\n"));
  }
}
