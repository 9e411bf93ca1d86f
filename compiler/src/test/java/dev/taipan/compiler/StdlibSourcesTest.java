package dev.taipan.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.codegen.CheckUnsupportedFeatures;
import dev.taipan.codegen.JsCodegen;
import dev.taipan.codegen.ModuleLinker;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import dev.taipan.frontend.scope.ScopeAnalysis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Standard modules written in Python (runtime-js/stdlib/NAME.py) are compiled by Taipan itself
 * into the runtime (runtime-js/src/modules/NAME-impl.js), beside the JavaScript wrapper that
 * exports them. The compiled file is committed so the runtime stays a plain set of ES modules;
 * this test fails when it is stale, and {@code -Dtaipan.stdlib.update=true} rewrites it.
 */
class StdlibSourcesTest {
  private static final Path RUNTIME = Path.of("..", "runtime-js");
  private static final List<String> MODULES = List.of("asyncio");

  static String compile(String name) throws Exception {
    Path source = RUNTIME.resolve("stdlib").resolve(name + ".py");
    ParseResult r = SourceParser.parse(name + ".py", Files.readAllBytes(source));
    if (!(r instanceof ParseResult.Success s)) {
      throw new AssertionError("cannot parse " + source + ": " + r);
    }
    assertTrue(CheckUnsupportedFeatures.find(s.module(), m -> false).isEmpty(), name + ".py uses a refused construct");
    ModuleLinker linker = new ModuleLinker() {
      @Override
      public String userModule(String dotted) {
        return null;
      }

      @Override
      public String runtimeModule(String dotted) {
        return null;
      }

      @Override
      public String resolveRelative(int level, String module) {
        return module;
      }
    };
    return JsCodegen.generate(s.module(), ScopeAnalysis.analyze(s.module()), name, name + ".py", linker, "../").js();
  }

  @Test
  void compiledStdlibModulesAreCurrent() throws Exception {
    boolean update = Boolean.getBoolean("taipan.stdlib.update");
    for (String name : MODULES) {
      String js = compile(name);
      Path target = RUNTIME.resolve("src").resolve("modules").resolve(name + "-impl.js");
      if (update) {
        Files.writeString(target, js, StandardCharsets.UTF_8);
      }
      assertEquals(js, Files.readString(target, StandardCharsets.UTF_8),
          target + " is stale: rebuild with -Dtaipan.stdlib.update=true");
    }
  }
}
