package dev.taipan.compiler.route;

import static dev.taipan.compiler.route.Ast.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.fallback.PyodideLock;
import dev.taipan.frontend.ast.Mod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Module graphs and routing decisions over real files; ASTs come from a table keyed by file. */
class RouterTest {
  @TempDir Path dir;
  private final Map<String, Mod.Module> asts = new HashMap<>();

  private void file(String relative, String source, Mod.Module ast) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, source);
    asts.put(relative, ast);
  }

  private RoutingPlan route(RoutingOptions options) throws RouteException {
    ModuleParser parser = (display, source) -> {
      Mod.Module m = asts.get(display);
      if (m == null) {
        throw new RouteException("no AST for " + display);
      }
      return m;
    };
    ModuleGraph g = BuildModuleGraph.build(dir.resolve("app.py"), List.of(), parser, PyodideLock.bundled());
    return DecideRoutes.decide(g, options);
  }

  private static List<String> reasons(RoutingPlan plan, String module) {
    return plan.decisions().get(module).reasons().stream().map(RouteReason::render).toList();
  }

  @Test
  void transpiledProgramNeverNeedsPyodide() throws Exception {
    file("app.py", "import sys\nimport util\n", module(importStmt(1, "sys"), importStmt(2, "util")));
    file("util.py", "import sys\n", module(importStmt(1, "sys")));
    RoutingPlan plan = route(RoutingOptions.DEFAULT);
    assertEquals(Route.TRANSPILE, plan.entryRoute());
    assertEquals(Route.TRANSPILE, plan.decisions().get("util").route());
    assertTrue(!plan.anyRouted());
    assertTrue(RoutingJson.render(plan).contains("\"needed\": false"));
  }

  @Test
  void onlyTheModuleWithItsOwnReasonIsRoutedWhenTheImportCanCross() throws Exception {
    file("app.py", "import stats\nimport helpers\n", module(importStmt(1, "stats"), importStmt(2, "helpers")));
    file("stats.py", "import numpy\nimport helpers\n", module(importStmt(1, "numpy"), importStmt(2, "helpers")));
    file("helpers.py", "x = 1\n", module());
    RoutingPlan plan = route(RoutingOptions.DEFAULT);
    assertEquals(List.of("stats.py:1: imports numpy (C extension)"), reasons(plan, "stats"));
    assertEquals(Route.TRANSPILE, plan.entryRoute());
    assertEquals(Route.TRANSPILE, plan.decisions().get("helpers").route());
    assertEquals(List.of("numpy"), plan.pyodidePackages());
    assertTrue(!RoutingJson.render(plan).contains("imports-routed"));
  }

  @Test
  void importsThatCannotCrossStillRouteTheOtherSide() throws Exception {
    // A class of a routed module as a base, and a cycle through a routed module.
    file("app.py", "import stats\nclass C(stats.Base): pass\nimport loop\n",
        module(importStmt(1, "stats"), classWithBase(2, "C", attribute(2, "stats", "Base")), importStmt(3, "loop")));
    file("stats.py", "import numpy\n", module(importStmt(1, "numpy")));
    file("loop.py", "import back\n", module(importStmt(1, "back")));
    file("back.py", "import loop\nexec('1')\n", module(importStmt(1, "loop"), call(2, "exec")));
    RoutingPlan plan = route(RoutingOptions.DEFAULT);
    assertEquals(
        List.of("app.py:1: imports stats, which is routed; class C derives from a class of stats (classes do not cross as bases)"),
        reasons(plan, "__main__"));
    assertEquals(
        List.of("loop.py:1: imports back, which is routed; they import each other (a cycle cannot wait for Pyodide at start-up)"),
        reasons(plan, "loop"));
  }

  @Test
  void packagesDoNotCrossYet() throws Exception {
    file("app.py", "from pkg import f\n", module(fromImport(1, 0, "pkg", "f")));
    file("pkg/__init__.py", "import numpy\n", module(importStmt(1, "numpy")));
    RoutingPlan plan = route(RoutingOptions.DEFAULT);
    assertEquals(
        List.of("app.py:1: imports pkg, which is routed; packages and their submodules do not cross the boundary yet"),
        reasons(plan, "__main__"));
  }

  @Test
  void stdlibTheRuntimeLacksAndDynamicCode() throws Exception {
    file("app.py", "import hashlib\nexec('1')\n", module(importStmt(1, "hashlib", "zlib"), call(2, "exec")));
    RoutingPlan plan = route(RoutingOptions.DEFAULT);
    assertEquals(
        List.of(
            "app.py:1: imports hashlib (standard library module the Taipan runtime does not provide)",
            "app.py:1: imports zlib (standard library module the Taipan runtime does not provide)",
            "app.py:2: exec() is not supported"),
        reasons(plan, "__main__"));
    // Both are built into Pyodide's interpreter: nothing to download.
    assertEquals(List.of(), plan.pyodidePackages());
  }

  @Test
  void packagesRelativeImportsAndSubmodules() throws Exception {
    file("app.py", "from pkg import sub\n", module(fromImport(1, 0, "pkg", "sub")));
    file("pkg/__init__.py", "from . import sub\n", module(fromImport(1, 1, null, "sub")));
    file("pkg/sub.py", "from .deep.leaf import f\n", module(fromImport(1, 1, "deep.leaf", "f")));
    file("pkg/deep/__init__.py", "", module());
    file("pkg/deep/leaf.py", "from .. import sub\nimport scipy\n", module(fromImport(1, 2, null, "sub"), importStmt(2, "scipy")));
    RoutingPlan plan = route(RoutingOptions.DEFAULT);
    assertEquals(Set.of("__main__", "pkg", "pkg.sub", "pkg.deep", "pkg.deep.leaf"), plan.decisions().keySet());
    assertEquals(List.of("pkg/deep/leaf.py:2: imports scipy (C extension)"), reasons(plan, "pkg.deep.leaf"));
    assertEquals(Route.PYODIDE, plan.entryRoute());
    assertTrue(plan.pyodidePackages().contains("scipy"));
  }

  @Test
  void relativeImportInTheEntryIsReportedNotFound() throws Exception {
    file("app.py", "from . import x\n", module(fromImport(1, 1, null, "x")));
    RoutingPlan plan = route(RoutingOptions.DEFAULT);
    assertEquals(
        List.of("app.py:1: imports . (not found under the source roots, in the standard library or in Pyodide's packages)"),
        reasons(plan, "__main__"));
  }

  @Test
  void overridesCommentOptionAndNoFallback() throws Exception {
    file("app.py", "import a\nimport b\n", module(importStmt(1, "a"), importStmt(2, "b")));
    file("a.py", "#!/usr/bin/env python3\n# taipan: fallback\nx = 1\n", module());
    file("b.py", "y = 2\n", module());
    RoutingPlan plan = route(new RoutingOptions(Set.of("b"), true));
    assertEquals(List.of("a.py:2: marked '# taipan: fallback'"), reasons(plan, "a"));
    assertEquals(List.of("b.py: routed by --fallback b"), reasons(plan, "b"));
    String error = RoutingReport.noFallbackError(plan);
    assertTrue(error.contains("a.py:2: marked '# taipan: fallback'\n"), error);
    assertTrue(error.contains("b.py: routed by --fallback b\n"), error);
    assertThrows(RouteException.class, () -> route(new RoutingOptions(Set.of("nope"), false)));
  }

  @Test
  void pyodidePurePackagesAndUnknownModules() throws Exception {
    file("app.py", "import attr\nimport nosuchthing\n", module(importStmt(1, "attr"), importStmt(2, "nosuchthing")));
    RoutingPlan plan = route(RoutingOptions.DEFAULT);
    // A module found nowhere does not route: the import raises ModuleNotFoundError where it stands.
    assertEquals(
        List.of("app.py:1: imports attr (third-party package, loaded from Pyodide's distribution)"),
        reasons(plan, "__main__"));
    assertEquals(List.of("attrs"), plan.pyodidePackages());
    assertEquals(List.of("nosuchthing"), plan.unavailable());
  }

  @Test
  void aModuleFoundNowhereKeepsItsImporterTranspiled() throws Exception {
    file("app.py", "import nosuchthing\n", module(importStmt(1, "nosuchthing")));
    RoutingPlan plan = route(RoutingOptions.DEFAULT);
    assertEquals(List.of(), reasons(plan, "__main__"));
    assertEquals(List.of(), plan.unavailable());
  }
}
