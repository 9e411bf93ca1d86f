package dev.taipan.codegen;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.scope.SymbolTables;

/** Entry point of the JavaScript generator: one Python module in, one ES module out. */
public final class JsCodegen {
  private JsCodegen() {}

  /**
   * Generates the ES module for {@code module}.
   *
   * @param moduleName the Python module name ({@code __main__} for the entry)
   * @param pyFile the file name shown in tracebacks
   * @param runtimePrefix the import path from this module to the runtime root ("./taipan-runtime/")
   * @throws UnsupportedConstructException for a construct {@link CheckUnsupportedFeatures} reports
   */
  public static GeneratedModule generate(
      Mod.Module module, SymbolTables tables, String moduleName, String pyFile, ModuleLinker linker, String runtimePrefix) {
    return generate(module, tables, moduleName, pyFile, linker, runtimePrefix, true);
  }

  /**
   * As above; without {@code tracebackMarks} the module registers no traceback marks (a module
   * whose source no traceback can read, such as a provided standard-library module, would only
   * ship them for nothing), so its frames show no source line.
   */
  public static GeneratedModule generate(Mod.Module module, SymbolTables tables, String moduleName, String pyFile,
      ModuleLinker linker, String runtimePrefix, boolean tracebackMarks) {
    ModuleEmitter emitter = new ModuleEmitter(tables, moduleName, pyFile, linker, module);
    emitter.tracebackMarks = tracebackMarks;
    return emitter.emit(module, moduleName.equals("__main__"), runtimePrefix);
  }
}
