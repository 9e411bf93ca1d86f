package dev.taipan.codegen;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import dev.taipan.frontend.scope.ScopeAnalysis;

/** The JS the code generator emits for a one-file program with no imports, for emitted-code tests. */
final class GeneratedJs {
  private static final ModuleLinker NO_IMPORTS =
      new ModuleLinker() {
        @Override
        public String userModule(String dottedName) {
          return null;
        }

        @Override
        public String runtimeModule(String dottedName) {
          return null;
        }

        @Override
        public String resolveRelative(int level, String module) {
          return module;
        }
      };

  private GeneratedJs() {}

  /** The module `t.py` holding `source`, generated with the runtime at `runtimeBase`. */
  static String of(String source, String runtimeBase) throws Exception {
    Mod.Module m = ((ParseResult.Success) SourceParser.parse("t.py", source)).module();
    return JsCodegen.generate(m, ScopeAnalysis.analyze(m), "__main__", "t.py", NO_IMPORTS, runtimeBase).js();
  }

  static String of(String source) throws Exception {
    return of(source, "./taipan-runtime/");
  }

  /**
   * A `return` line as `return VALUE;`: a function whose returns undo its count against the
   * recursion limit returns `($tN = VALUE, $depth.n--, $tN)` (UncountOnReturn), which tests of the
   * value's code look through.
   */
  static String returnedValue(String line) {
    return line.replaceFirst("^return \\((\\$t\\d+) = (.*), \\$depth\\.n--, \\1\\);$", "return $2;");
  }
}
