package dev.taipan.compiler.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.taipan.codegen.CheckUnsupportedFeatures;
import dev.taipan.compiler.TaipanCompiler;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped table: every module parses and transpiles, and every declared name exists when the program runs. */
class ProvidedModulesTest {
  @TempDir Path dir;

  @Test
  void theTableHoldsTheRuntimeModulesAndPythonSources() {
    assertEquals("modules/math-module.js", ProvidedModules.get("math").runtimeFile());
    assertTrue(ProvidedModules.get("sys").names().contains("argv"));
    for (ProvidedModules.ProvidedModule m : ProvidedModules.all().values()) {
      assertTrue(!m.names().isEmpty(), m.name());
      if (m.runtimeFile() == null) {
        Mod.Module ast = ((ParseResult.Success) SourceParser.parse(m.displayPath(), m.pythonSource())).module();
        assertEquals(List.of(), CheckUnsupportedFeatures.find(ast), m.name());
      }
    }
  }

  @Test
  void everyDeclaredNameCanBeImported() throws Exception {
    assumeTrue(nodeAvailable(), "node is not on the PATH");
    StringBuilder program = new StringBuilder();
    for (ProvidedModules.ProvidedModule m : ProvidedModules.all().values()) {
      String names = String.join(", ", m.names().stream().filter(n -> !ProvidedModules.provides(m.name() + "." + n)).toList());
      program.append("from ").append(m.name()).append(" import ").append(names).append("\n");
    }
    program.append("print('ok')\n");
    Files.writeString(dir.resolve("all_names.py"), program);
    TaipanCompiler.BuildResult r = TaipanCompiler.build(dir.resolve("all_names.py"), dir.resolve("out"));
    assertNotNull(r.entryJs());
    Process p = new ProcessBuilder(List.of("node", r.entryJs().toString())).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    assertEquals("ok\n", out);
  }

  private static boolean nodeAvailable() {
    try {
      return new ProcessBuilder("node", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
