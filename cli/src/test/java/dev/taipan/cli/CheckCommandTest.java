package dev.taipan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.compiler.route.ModuleParser;
import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.ast.Stmt;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code taipan check} end to end, with ASTs given per file (the parser is another module's). */
class CheckCommandTest {
  @TempDir Path dir;

  private static Mod.Module imports(int line, String name) {
    Span s = new Span(line, 0, line, 1);
    return new Mod.Module(List.of(new Stmt.Import(List.of(new Alias(name, null, s)), s)), List.of());
  }

  private record Result(int status, String out, String err) {}

  private Result check(String... args) throws Exception {
    Files.writeString(dir.resolve("app.py"), "import stats\n");
    Files.writeString(dir.resolve("stats.py"), "import numpy\n");
    Map<String, Mod.Module> asts = Map.of("app.py", imports(1, "stats"), "stats.py", imports(1, "numpy"));
    ModuleParser parser = (display, source) -> asts.get(display);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new CheckCommand(Optional.of(parser)));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] all = new String[args.length + 1];
    all[0] = dir.resolve("app.py").toString();
    System.arraycopy(args, 0, all, 1, args.length);
    return new Result(cli.execute(all), out.toString(), err.toString());
  }

  @Test
  void tableShowsRoutesAndReasons() throws Exception {
    Result r = check();
    assertEquals(0, r.status());
    assertTrue(r.out().contains("stats.py:1: imports numpy (C extension)"), r.out());
    // app.py imports stats across the boundary: only stats runs in Pyodide.
    assertTrue(r.out().contains("__main__  app.py    transpile"), r.out());
    assertTrue(!r.out().contains("which is routed"), r.out());
    assertTrue(r.out().contains("Pyodide packages to load: numpy"), r.out());
  }

  @Test
  void jsonListsPackagesToLoad() throws Exception {
    Result r = check("--json");
    assertEquals(0, r.status());
    assertTrue(r.out().contains("\"packages\": [\n      \"numpy\"\n    ]"), r.out());
    assertTrue(r.out().contains("\"route\": \"pyodide\""), r.out());
  }

  @Test
  void noFallbackFailsListingEveryReason() throws Exception {
    Result r = check("--no-fallback");
    assertEquals(1, r.status());
    assertEquals(
        "stats.py:1: imports numpy (C extension)\n"
            + "error: --no-fallback: 1 module(s) cannot be transpiled exactly: stats\n",
        r.err());
  }
}
