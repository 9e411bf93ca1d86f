package dev.taipan.compiler.optimize;

import com.google.javascript.jscomp.CheckLevel;
import com.google.javascript.jscomp.CompilationLevel;
import com.google.javascript.jscomp.Compiler;
import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.CustomPassExecutionTime;
import com.google.javascript.jscomp.DependencyOptions;
import com.google.javascript.jscomp.DiagnosticGroups;
import com.google.javascript.jscomp.JSError;
import com.google.javascript.jscomp.ModuleIdentifier;
import com.google.javascript.jscomp.PropertyRenamingPolicy;
import com.google.javascript.jscomp.VariableRenamingPolicy;
import com.google.javascript.jscomp.Result;
import com.google.javascript.jscomp.SourceFile;
import com.google.javascript.jscomp.SourceMap;
import com.google.javascript.jscomp.deps.ModuleLoader;
import dev.taipan.compiler.CompileException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bundles a build's ES modules (the entry, the other transpiled modules and the runtime files
 * they import) into one ES module with Closure Compiler's SIMPLE optimizations: whitespace,
 * local renaming, inlining and dead-code removal, never property renaming, so every name that
 * Python reaches as a string keeps its spelling.
 */
public final class BundleWithClosure {
  /** Names Closure must neither rename nor define: HideModuleFeatures' stand-ins and the bundle's position table. */
  static final String EXTERNS = "/** @param {?} x @return {?} */ function " + HideModuleFeatures.AWAIT + "(x) {}\n"
      + "/** @param {?} x @return {?} */ function " + HideModuleFeatures.IMPORT + "(x) {}\n"
      + "/** @return {?} */ function " + TracebackPositions.TABLE_FUNCTION + "() {}\n";

  private BundleWithClosure() {}

  /**
   * The bundle and its source map (version 3; sources are the input paths, relative to the
   * bundle's directory).
   */
  public record Bundle(String js, String sourceMap) {}

  /**
   * Bundles {@code files} (path inside the build directory -> ES module text) from {@code entry}
   * on; files that the entry does not reach are left out. The bundle's name, {@code bundleName},
   * is the file the source map names.
   */
  public static Bundle bundle(Map<String, String> files, String entry, String bundleName) throws CompileException {
    return bundle(files, entry, bundleName, ReachableNames.ALL);
  }

  /**
   * As {@link #bundle(Map, String, String)}, leaving out the built-in types' methods that no
   * name of {@code reachable} reaches ({@link PruneMethodTables}).
   */
  public static Bundle bundle(Map<String, String> files, String entry, String bundleName, ReachableNames reachable)
      throws CompileException {
    List<SourceFile> inputs = new ArrayList<>();
    for (var e : files.entrySet()) {
      if (e.getKey().endsWith(".js")) {
        inputs.add(SourceFile.fromCode(e.getKey(), HideModuleFeatures.hide(e.getKey(), e.getValue())));
      }
    }
    Compiler compiler = new Compiler(new PrintStream(OutputStream.nullOutputStream()));
    compiler.disableThreads();
    CompilerOptions options = options(entry, bundleName);
    options.addCustomPass(CustomPassExecutionTime.BEFORE_OPTIMIZATIONS, new PruneMethodTables(compiler, reachable));
    Result result = compiler.compile(
        List.of(SourceFile.fromCode("taipan-externs.js", EXTERNS)), inputs, options);
    if (!result.success || result.errors.size() > 0) {
      StringBuilder b = new StringBuilder();
      for (JSError err : result.errors) {
        b.append(ClosureDiagnostics.render(err, files));
      }
      throw new CompileException(b.length() == 0 ? "taipan: the optimizer failed without a diagnostic\n" : b.toString());
    }
    ShortenModuleSuffixes.shorten(compiler.getRoot());
    PadLocalRegisters.pad(compiler.getRoot());
    String js = HideModuleFeatures.restore(compiler.toSource());
    StringBuilder map = new StringBuilder();
    SourceMap sm = compiler.getSourceMap();
    if (sm != null) {
      try {
        sm.appendTo(map, bundleName);
      } catch (IOException e) {
        throw new IllegalStateException("appending to a StringBuilder does not fail", e);
      }
    }
    return new Bundle(js, map.toString());
  }

  private static CompilerOptions options(String entry, String bundleName) {
    CompilerOptions o = new CompilerOptions();
    CompilationLevel.SIMPLE_OPTIMIZATIONS.setOptionsForCompilationLevel(o);
    o.setLanguageIn(CompilerOptions.LanguageMode.STABLE_IN);
    o.setLanguageOut(CompilerOptions.LanguageMode.NO_TRANSPILE);
    o.setEmitUseStrict(false);
    o.setChunkOutputType(CompilerOptions.ChunkOutputType.ES_MODULES);
    o.setModuleResolutionMode(ModuleLoader.ResolutionMode.BROWSER);
    o.setDependencyOptions(DependencyOptions.pruneForEntryPoints(List.of(ModuleIdentifier.forFile(entry))));
    // The runtime and the generated code are untyped JavaScript: type-based warnings are noise.
    o.setWarningLevel(DiagnosticGroups.NON_STANDARD_JSDOC, CheckLevel.OFF);
    o.setWarningLevel(DiagnosticGroups.CHECK_USELESS_CODE, CheckLevel.OFF);
    o.setWarningLevel(DiagnosticGroups.MISSING_PROPERTIES, CheckLevel.OFF);
    o.setWarningLevel(DiagnosticGroups.UNDEFINED_VARIABLES, CheckLevel.OFF);
    // Python semantics reach properties through getters (attribute.js): never assume them pure.
    o.setAssumeGettersArePure(false);
    // Constant folding rewrites float arithmetic as if IEEE signed zeros and subnormals did not
    // exist (`0 - x` to `-x`); Python's float results must stay bit-exact.
    o.setFoldConstants(false);
    // The runtime loads Node built-ins with import() where process.getBuiltinModule is missing.
    o.setAllowDynamicImport(true);
    // No name is renamed: the runtime reads a JS function's own name as a builtin's __name__
    // (`<built-in function len>`) and a builtin's parameter names as its keyword arguments
    // (`s.split(maxsplit=1)`), and Python reaches every property by its spelling.
    o.setRenamingPolicy(VariableRenamingPolicy.OFF, PropertyRenamingPolicy.OFF);
    // For the same reason an unused top-level name (a runtime export no module uses) is dropped.
    o.setRemoveUnusedVariables(CompilerOptions.Reach.ALL);
    // An inlined function would lose its frame in Python tracebacks (a <listcomp> or a lambda
    // called where it is defined); V8 inlines at run time anyway.
    o.setInlineFunctions(CompilerOptions.Reach.NONE);
    o.setSourceMapOutputPath(bundleName + ".map");
    o.setSourceMapIncludeSourcesContent(false);
    return o;
  }
}
