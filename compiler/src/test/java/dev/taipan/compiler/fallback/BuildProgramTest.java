package dev.taipan.compiler.fallback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.compiler.CompileException;
import dev.taipan.compiler.route.RoutingOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code taipan build} with routing, on real files parsed by the frontend. */
class BuildProgramTest {
  @TempDir Path dir;

  /** A transpiled entry importing a routed module. */
  private Path program() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("app.py"), "import util\nprint(util.twice(21))\n");
    Files.writeString(src.resolve("util.py"), "def twice(x):\n    return eval('x * 2')\n");
    return src.resolve("app.py");
  }

  /** An entry routed for a reason of its own, importing a module the transpiler accepts. */
  private Path routedEntryProgram() throws Exception {
    Path src = Files.createDirectories(dir.resolve("routed"));
    Files.writeString(src.resolve("app.py"), "import util\nprint(eval('util.twice(21)'))\n");
    Files.writeString(src.resolve("util.py"), "def twice(x):\n    return x * 2\n");
    return src.resolve("app.py");
  }

  @Test
  void mixedProgramTranspilesTheImporterAndStandsInForTheRoutedModule() throws Exception {
    Path out = dir.resolve("out");
    BuildProgram.Result r = BuildProgram.build(program(), out, List.of(), RoutingOptions.DEFAULT, PyodideSource.CDN);
    assertTrue(r.routed());
    assertEquals(out.resolve("app.js"), r.entryJs());
    assertTrue(Files.readString(out.resolve("app.js")).contains("from './util.js'"));
    String standIn = Files.readString(out.resolve("util.js"));
    assertTrue(standIn.contains("const pyodide = await routedInterpreter(new URL('./', import.meta.url), 'cdn');"), standIn);
    assertTrue(standIn.contains("export function $load() {\n  if ($module === undefined) $module = foreignModule(pyodide, \"util\");"), standIn);
    assertFalse(Files.exists(out.resolve("python/app.py")), "a transpiled module ships as JavaScript only");
    assertEquals("def twice(x):\n    return eval('x * 2')\n", Files.readString(out.resolve("python/util.py")));
    assertTrue(Files.isRegularFile(out.resolve("taipan-pyodide/mixed-program.mjs")));
    assertTrue(Files.isRegularFile(out.resolve("taipan-runtime/internals/foreign.js")));
    assertFalse(Files.exists(out.resolve("pyodide")), "cdn builds do not copy Pyodide");
    String manifest = Files.readString(out.resolve("taipan-manifest.json"));
    assertTrue(manifest.contains("\"text\": \"util.py:2: eval() is not supported\""), manifest);
    assertFalse(manifest.contains("imports-routed"), manifest);
    assertTrue(manifest.contains("\"source\": \"cdn\""), manifest);
    assertFalse(standIn.contains(dir.toString()), "no machine path in the output");
  }

  @Test
  void routedEntryShipsSourcesLoaderAndAnEntryScript() throws Exception {
    Path out = dir.resolve("out");
    BuildProgram.Result r = BuildProgram.build(routedEntryProgram(), out, List.of(), RoutingOptions.DEFAULT, PyodideSource.CDN);
    assertTrue(r.routed());
    assertEquals(out.resolve("app.js"), r.entryJs());
    assertEquals("import util\nprint(eval('util.twice(21)'))\n", Files.readString(out.resolve("python/app.py")));
    assertFalse(Files.exists(out.resolve("python/util.py")), "util is transpiled");
    assertTrue(Files.readString(out.resolve("util.js")).contains("export const $module"));
    assertTrue(Files.isRegularFile(out.resolve("taipan-pyodide/run-built.mjs")));
    String manifest = Files.readString(out.resolve("taipan-manifest.json"));
    assertTrue(manifest.contains("\"text\": \"app.py:2: eval() is not supported\""), manifest);
    assertFalse(manifest.contains("imported-by-routed"), manifest);
    String entry = Files.readString(r.entryJs());
    assertTrue(entry.contains("registerTranspiled(\"util\", $t0);"), entry);
    assertTrue(entry.contains("runBuiltProgram(new URL('./', import.meta.url), { entry: \"app.py\", pyodide: 'cdn', bridge: installBridge })"), entry);
    assertFalse(entry.contains(dir.toString()), "no machine path in the output");
  }

  @Test
  void wholeRoutedProgramKeepsItsThreeLineEntry() throws Exception {
    Path src = Files.createDirectories(dir.resolve("whole"));
    Files.writeString(src.resolve("app.py"), "print(eval('6 * 7'))\n");
    BuildProgram.Result r = BuildProgram.build(src.resolve("app.py"), dir.resolve("out"), List.of(), RoutingOptions.DEFAULT, PyodideSource.CDN);
    String entry = Files.readString(r.entryJs());
    assertTrue(entry.contains("runBuiltProgram(new URL('./', import.meta.url), { entry: \"app.py\", pyodide: 'cdn' })"), entry);
    assertFalse(Files.exists(dir.resolve("out/taipan-runtime")), "no runtime without a transpiled module");
  }

  @Test
  void sameInputGivesByteIdenticalOutputWherever() throws Exception {
    Path entry = program();
    BuildProgram.build(entry, dir.resolve("a"), List.of(), RoutingOptions.DEFAULT, PyodideSource.CDN);
    BuildProgram.build(entry, dir.resolve("b/c"), List.of(), RoutingOptions.DEFAULT, PyodideSource.CDN);
    for (String f : List.of("app.js", "util.js", "taipan-manifest.json", "taipan-pyodide/mixed-program.mjs", "python/util.py")) {
      assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b/c").resolve(f)), f);
    }
  }

  @Test
  void copyPutsPyodideBesideTheProgram() throws Exception {
    Path out = dir.resolve("out");
    BuildProgram.build(program(), out, List.of(), RoutingOptions.DEFAULT, PyodideSource.COPY);
    for (String f : List.of("pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")) {
      assertTrue(Files.size(out.resolve("pyodide").resolve(f)) > 0, f);
    }
    assertTrue(Files.readString(out.resolve("pyodide/package.json")).contains("commonjs"));
    assertTrue(Files.readString(out.resolve("taipan-manifest.json")).contains("\"indexURL\": \"pyodide/\""));
    assertTrue(Files.readString(out.resolve("util.js")).contains("'copy'"));
  }

  @Test
  void noFallbackListsEveryReasonAndWritesNothing() throws Exception {
    Path out = dir.resolve("out");
    CompileException e = assertThrows(CompileException.class, () ->
        BuildProgram.build(program(), out, List.of(), new RoutingOptions(Set.of(), true), PyodideSource.CDN));
    String m = e.getMessage();
    assertTrue(m.contains("util.py:2: eval() is not supported\n"), m);
    assertTrue(m.endsWith("error: --no-fallback: 1 module(s) cannot be transpiled exactly: util\n"), m);
    assertFalse(Files.exists(out));
  }

  @Test
  void forcedFallbackRoutesAProgramTheTranspilerAccepts() throws Exception {
    Path src = Files.createDirectories(dir.resolve("plain"));
    Files.writeString(src.resolve("hello.py"), "print('hi')\n");
    BuildProgram.Result r = BuildProgram.build(src.resolve("hello.py"), dir.resolve("out"), List.of(),
        new RoutingOptions(Set.of("hello"), false), PyodideSource.CDN);
    assertTrue(r.routed());
    assertTrue(Files.readString(dir.resolve("out/taipan-manifest.json")).contains("routed by --fallback hello"));
  }

  @Test
  void constructsTheGeneratorRefusesWhileEmittingRouteToo() throws Exception {
    Path src = Files.createDirectories(dir.resolve("kw"));
    Files.writeString(src.resolve("kw.py"), "kw = {}\nclass C(**kw):\n    pass\nprint('ok')\n");
    BuildProgram.Result r = BuildProgram.build(src.resolve("kw.py"), dir.resolve("out"), List.of(), RoutingOptions.DEFAULT, PyodideSource.CDN);
    assertTrue(r.routed());
    String manifest = Files.readString(dir.resolve("out/taipan-manifest.json"));
    assertTrue(manifest.contains("\"text\": \"kw.py:2: class keywords from **mapping is not supported\""), manifest);
  }

  @Test
  void missingEntryIsAClearError() {
    CompileException e = assertThrows(CompileException.class, () ->
        BuildProgram.build(dir.resolve("nope.py"), dir.resolve("out"), List.of(), RoutingOptions.DEFAULT, PyodideSource.CDN));
    assertTrue(e.getMessage().contains("nope.py"), e.getMessage());
  }
}
