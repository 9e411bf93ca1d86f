package dev.taipan.compiler;

import dev.taipan.codegen.CheckUnsupportedFeatures;
import dev.taipan.codegen.GeneratedModule;
import dev.taipan.codegen.JsCodegen;
import dev.taipan.codegen.ModuleLinker;
import dev.taipan.codegen.UnsupportedConstruct;
import dev.taipan.codegen.UnsupportedConstructException;
import dev.taipan.compiler.optimize.OptimizeBuild;
import dev.taipan.compiler.optimize.ReachableNames;
import dev.taipan.compiler.route.AstWalk;
import dev.taipan.compiler.route.BuildModuleGraph;
import dev.taipan.fallback.PyodideLock;
import dev.taipan.compiler.stdlib.CheckProvidedNames;
import dev.taipan.compiler.stdlib.ProvidedModules;
import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.scope.CheckNestingDepth;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.diag.DiagnosticRenderer;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import dev.taipan.frontend.scope.ScopeAnalysis;
import dev.taipan.frontend.scope.SymbolTableError;
import dev.taipan.frontend.scope.SymbolTables;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The compiler API that the command line, the Maven plugin and the tests call: builds a Python
 * program (an entry file and the user modules it imports) into runnable ES modules plus the
 * runtime files they use.
 */
public final class TaipanCompiler {
  /** Standard modules the runtime provides in JavaScript: Python name -> runtime file (ProvidedModules). */
  public static final Map<String, String> RUNTIME_MODULES = ProvidedModules.runtimeFiles();

  /** Where provided standard-library modules written in Python go inside the output directory. */
  public static final String STDLIB_DIR = "taipan-stdlib";

  /** Where the runtime goes inside the output directory. */
  public static final String RUNTIME_DIR = "taipan-runtime";

  private TaipanCompiler() {}

  /**
   * What a build wrote.
   *
   * @param bundled whether the build is one optimised file ({@link OptimizeBuild}) rather than
   *     the emitted modules plus the runtime files
   * @param notBundledWhy when optimising was asked for but the build is not bundled, why; else null
   */
  public record BuildResult(Path entryJs, List<Path> files, long rawBytes, long gzipBytes, boolean bundled, String notBundledWhy) {}

  /**
   * Builds {@code entry} into {@code outDir}: {@code <name>.js} (runnable with node), user modules
   * beside it, the runtime under {@code taipan-runtime/}. Nothing is written unless the whole
   * build succeeds.
   */
  public static BuildResult build(Path entry, Path outDir) throws CompileException, IOException {
    return build(entry, outDir, Set.of(), null, false);
  }

  /**
   * As {@link #build(Path, Path)}; with {@code optimize}, the entry, its modules and the runtime
   * files they use are bundled into the one file {@code <name>.js} (plus {@code <name>.js.map})
   * by Closure Compiler (docs/optimizer.md).
   */
  public static BuildResult build(Path entry, Path outDir, boolean optimize) throws CompileException, IOException {
    return build(entry, outDir, Set.of(), null, optimize);
  }

  /**
   * Writes the JavaScript that stands for a routed module at its JS path, so transpiled modules
   * import it as any other: {@code jsImport} gives the relative import specifier, from that
   * file, of another module of the program (by dotted name) or of a runtime file.
   */
  public interface RoutedModuleWriter {
    String write(String module, String jsPath, java.util.function.Function<String, String> jsImport);
  }

  /**
   * As {@link #build(Path, Path)}, for a program some of whose modules ({@code routed}, dotted
   * names; {@code __main__} for the entry) run in Pyodide: {@code writer} writes each one's JS
   * stand-in instead of transpiling it, and the runtime's foreign-object bridge is shipped.
   */
  public static BuildResult build(Path entry, Path outDir, Set<String> routed, RoutedModuleWriter writer)
      throws CompileException, IOException {
    return build(entry, outDir, routed, writer, false);
  }

  /**
   * As {@link #build(Path, Path, Set, RoutedModuleWriter)}; {@code optimize} bundles the build
   * when no module is routed (a routed module's stand-in loads Pyodide at run time, which the
   * bundle does not hold, so such builds keep the unbundled layout).
   */
  public static BuildResult build(Path entry, Path outDir, Set<String> routed, RoutedModuleWriter writer, boolean optimize)
      throws CompileException, IOException {
    Map<String, SourceModule> modules = collect(entry);
    Map<String, String> outputs = new TreeMap<>();
    Set<String> runtimeRoots = new TreeSet<>();
    for (SourceModule mod : modules.values()) {
      if (routed.contains(mod.name())) {
        outputs.put(mod.jsPath(), writer.write(mod.name(), mod.jsPath(), target -> relativeImport(mod, modules, target)));
        runtimeRoots.add("internals/startup.js");
        runtimeRoots.add("internals/foreign.js");
        continue;
      }
      Span tooDeep = CheckNestingDepth.tooDeep(mod.ast(),
          mod.name().equals("__main__") ? CheckNestingDepth.SCRIPT_LIMIT : CheckNestingDepth.IMPORTED_LIMIT);
      if (tooDeep != null) {
        throw new CompileException(ErrorRendering.render(mod.displayPath(), mod.lines(), tooDeep,
            "RecursionError", "maximum recursion depth exceeded during compilation"));
      }
      GeneratedModule g;
      try {
        g = generate(mod, modules);
      } catch (StackOverflowError e) {
        Span at = AstWalk.deepestSpan(mod.ast());
        throw new CompileException(ErrorRendering.render(mod.displayPath(), mod.lines(), at == null ? new Span(1, 0, 1, 0) : at,
            "RecursionError", "maximum recursion depth exceeded during compilation"));
      }
      outputs.put(mod.jsPath(), g.js());
      runtimeRoots.addAll(g.runtimeFiles());
    }
    for (var e : RuntimeFiles.closure(runtimeRoots).entrySet()) {
      outputs.put(RUNTIME_DIR + "/" + e.getKey(), e.getValue());
    }
    String entryJs = modules.get("__main__").jsPath();
    String notBundledWhy = optimize && !routed.isEmpty() ? "routed modules keep the unbundled layout" : null;
    if (optimize && routed.isEmpty()) {
      try {
        List<Object> asts = new ArrayList<>();
        for (SourceModule mod : modules.values()) {
          asts.add(mod.ast());
        }
        outputs = OptimizeBuild.bundle(outputs, entryJs, ReachableNames.of(asts));
      } catch (OptimizeBuild.OptimizerCrash e) {
        notBundledWhy = e.getMessage();
      }
    }
    outputs.put("package.json", "{\n  \"type\": \"module\"\n}\n");
    return write(outputs, outDir, entryJs, optimize && notBundledWhy == null, notBundledWhy);
  }

  /** The import specifier, from {@code from}'s JS file, of a module's JS file or of a runtime or build file. */
  private static String relativeImport(SourceModule from, Map<String, SourceModule> modules, String target) {
    SourceModule m = modules.get(target);
    String path = m != null ? m.jsPath() : target;
    String rel = Path.of(from.jsPath()).toAbsolutePath().getParent()
        .relativize(Path.of(path).toAbsolutePath()).toString().replace('\\', '/');
    return rel.startsWith(".") ? rel : "./" + rel;
  }

  /**
   * @param tracebackPath the path a traceback shows and reads the source lines from: the entry's
   *     path as the build was given it, and a module's path beside it (CPython records the path
   *     it was given, made absolute)
   */
  private static SourceModule parse(String name, Path file, Path base, String jsPath, boolean pkg, String tracebackPath)
      throws CompileException, IOException {
    String display = displayPath(file, base);
    ParseResult r = SourceParser.parse(display, Files.readAllBytes(file));
    return switch (r) {
      case ParseResult.Success s -> new SourceModule(name, file, display, s.module(), s.lines(), jsPath, pkg, tracebackPath);
      case ParseResult.Failure f -> throw new CompileException(
          DiagnosticRenderer.render(f.diagnostic(), line -> f.lines() == null ? null : f.lines().lineText(line)));
    };
  }

  /** A provided standard-library module written in Python, compiled into the program like a user module. */
  private static SourceModule parseStdlib(ProvidedModules.ProvidedModule p) throws CompileException {
    String display = STDLIB_DIR + "/" + p.displayPath();
    String jsPath = STDLIB_DIR + "/" + p.displayPath().replaceFirst("\\.py$", ".js");
    ParseResult r = SourceParser.parse(display, p.pythonSource().getBytes(StandardCharsets.UTF_8));
    return switch (r) {
      case ParseResult.Success s -> new SourceModule(p.name(), null, display, s.module(), s.lines(), jsPath, p.isPackage(), display);
      case ParseResult.Failure f -> throw new CompileException(
          DiagnosticRenderer.render(f.diagnostic(), line -> f.lines() == null ? null : f.lines().lineText(line)));
    };
  }

  private static String displayPath(Path file, Path base) {
    Path rel = base.relativize(file.toAbsolutePath().normalize());
    return rel.toString().replace('\\', '/');
  }

  /** The entry and every user module reachable through its imports. */
  private static Map<String, SourceModule> collect(Path entry) throws CompileException, IOException {
    Path file = entry.toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new CompileException("taipan: cannot open '" + entry + "': no such file\n");
    }
    Path base = file.getParent();
    Path shownBase = Path.of("").toAbsolutePath();
    String stem = file.getFileName().toString().replaceFirst("\\.py$", "");
    Map<String, SourceModule> modules = new LinkedHashMap<>();
    modules.put("__main__", parse("__main__", file, file.startsWith(shownBase) ? shownBase : base, stem + ".js", false,
        TracebackPaths.entry(entry)));
    Deque<SourceModule> work = new ArrayDeque<>(modules.values());
    while (!work.isEmpty()) {
      SourceModule mod = work.pop();
      for (String dotted : importedNames(mod)) {
        String[] parts = dotted.split("\\.");
        String prefix = "";
        for (String part : parts) {
          prefix = prefix.isEmpty() ? part : prefix + "." + part;
          if (modules.containsKey(prefix) || RUNTIME_MODULES.containsKey(prefix)) {
            continue;
          }
          Path asFile = base.resolve(prefix.replace('.', '/') + ".py");
          Path asPkg = base.resolve(prefix.replace('.', '/')).resolve("__init__.py");
          SourceModule found = null;
          if (Files.isRegularFile(asPkg)) {
            found = parse(prefix, asPkg, base, prefix.replace('.', '/') + "/__init__.js", true, TracebackPaths.besideEntry(entry, base, asPkg));
          } else if (Files.isRegularFile(asFile)) {
            // The entry imported by its own name is a second module (CPython runs the file again
            // as `a`); its JS file cannot be the entry's `a.js`, and `$` is in no module name.
            String js = prefix.replace('.', '/') + (prefix.equals(stem) ? "$.js" : ".js");
            found = parse(prefix, asFile, base, js, false, TracebackPaths.besideEntry(entry, base, asFile));
          } else if (providedStdlib(prefix, modules) != null && providedStdlib(prefix, modules).runtimeFile() == null) {
            found = parseStdlib(providedStdlib(prefix, modules));
          }
          if (found != null) {
            modules.put(prefix, found);
            work.push(found);
          }
        }
      }
    }
    return modules;
  }

  /**
   * The provided standard-library module {@code dotted} resolves to, or null: user modules shadow
   * the standard library, as they do on CPython's {@code sys.path}.
   */
  private static ProvidedModules.ProvidedModule providedStdlib(String dotted, Map<String, SourceModule> modules) {
    String top = dotted.split("\\.")[0];
    SourceModule shadow = modules.get(top);
    if (shadow != null && !shadow.displayPath().startsWith(STDLIB_DIR + "/")) {
      return null;
    }
    return ProvidedModules.get(dotted);
  }

  /** Absolute module names a module imports (relative imports resolved against its package). */
  private static List<String> importedNames(SourceModule mod) {
    List<String> out = new ArrayList<>();
    AstWalk.preorder(mod.ast().body(), node -> {
      if (node instanceof Stmt.Import i) {
        for (Alias a : i.names()) {
          out.add(a.name());
        }
      } else if (node instanceof Stmt.ImportFrom f) {
        int level = f.level() == null ? 0 : f.level();
        String m = level > 0 ? resolveRelative(mod, level, f.module()) : f.module();
        if (m != null && !m.isEmpty()) {
          out.add(m);
          for (Alias a : f.names()) {
            out.add(m + "." + a.name());
          }
        }
      }
    });
    return out;
  }

  static String resolveRelative(SourceModule mod, int level, String module) {
    String pkg = mod.isPackage() ? mod.name() : mod.name().contains(".") ? mod.name().substring(0, mod.name().lastIndexOf('.')) : "";
    if (mod.name().equals("__main__")) {
      pkg = "";
    }
    for (int i = 1; i < level && !pkg.isEmpty(); i++) {
      pkg = pkg.contains(".") ? pkg.substring(0, pkg.lastIndexOf('.')) : "";
    }
    if (module == null) {
      return pkg;
    }
    return pkg.isEmpty() ? module : pkg + "." + module;
  }

  /** A top-level module that exists nowhere: importing it raises ModuleNotFoundError at run time. */
  private static boolean absent(String topLevel, Map<String, SourceModule> modules) {
    return !modules.containsKey(topLevel) && RUNTIME_MODULES.get(topLevel) == null
        && BuildModuleGraph.absentOutsideUserModules(topLevel, PyodideLock.bundled());
  }

  private static GeneratedModule generate(SourceModule mod, Map<String, SourceModule> modules) throws CompileException {
    List<UnsupportedConstruct> unsupported = CheckUnsupportedFeatures.find(
        mod.ast(), name -> RUNTIME_MODULES.containsKey(name) || modules.containsKey(name) || name.equals("__future__")
            || absent(name.split("\\.")[0], modules));
    if (!unsupported.isEmpty()) {
      StringBuilder b = new StringBuilder();
      for (UnsupportedConstruct u : unsupported) {
        b.append(ErrorRendering.render(mod.displayPath(), mod.lines(), u.span(), "error[unsupported]", u.message()));
      }
      throw new CompileException(b.toString());
    }
    List<CheckProvidedNames.MissingName> missing = CheckProvidedNames.find(mod.ast(), dotted -> providedStdlib(dotted, modules));
    if (!missing.isEmpty()) {
      StringBuilder b = new StringBuilder();
      for (CheckProvidedNames.MissingName u : missing) {
        b.append(ErrorRendering.render(mod.displayPath(), mod.lines(), u.span(), "error[unsupported]", u.message()));
      }
      throw new CompileException(b.toString());
    }
    SymbolTables tables;
    try {
      tables = ScopeAnalysis.analyze(mod.ast());
      dev.taipan.codegen.CheckMatchPatterns.check(mod.ast());
    } catch (SymbolTableError e) {
      throw new CompileException(ErrorRendering.render(mod.displayPath(), mod.lines(), e.span(), "SyntaxError", e.getMessage()));
    }
    String depth = "../".repeat((int) mod.jsPath().chars().filter(c -> c == '/').count());
    String runtimePrefix = (depth.isEmpty() ? "./" : depth) + RUNTIME_DIR + "/";
    ModuleLinker linker = new ModuleLinker() {
      @Override
      public String userModule(String dotted) {
        SourceModule target = modules.get(dotted);
        if (target == null || dotted.equals("__main__")) {
          return null;
        }
        String rel = Path.of(mod.jsPath()).toAbsolutePath().getParent()
            .relativize(Path.of(target.jsPath()).toAbsolutePath()).toString().replace('\\', '/');
        return rel.startsWith(".") ? rel : "./" + rel;
      }

      @Override
      public String runtimeModule(String dotted) {
        return RUNTIME_MODULES.get(dotted);
      }

      @Override
      public String resolveRelative(int level, String module) {
        return TaipanCompiler.resolveRelative(mod, level, module);
      }

      @Override
      public boolean absent(String topLevel) {
        return TaipanCompiler.absent(topLevel, modules);
      }
    };
    try {
      // A provided standard-library module has no file a traceback could read its lines from.
      return JsCodegen.generate(mod.ast(), tables, mod.name(), mod.tracebackPath(), linker, runtimePrefix, mod.file() != null);
    } catch (UnsupportedConstructException e) {
      throw new CompileException(ErrorRendering.render(
          mod.displayPath(), mod.lines(), e.construct().span(), "error[unsupported]", e.construct().message()));
    }
  }

  /** Writes everything into a fresh directory beside {@code outDir}, then moves it into place. */
  private static BuildResult write(Map<String, String> outputs, Path outDir, String entryJs, boolean bundled, String notBundledWhy)
      throws IOException {
    Path out = outDir.toAbsolutePath().normalize();
    Path parent = out.getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, ".taipan-build-");
    long raw = 0;
    long gz = 0;
    List<Path> files = new ArrayList<>();
    try {
      for (var e : outputs.entrySet()) {
        Path p = tmp.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
        Files.write(p, bytes);
        if (e.getKey().endsWith(".js")) {
          raw += bytes.length;
          gz += Gzip.size(bytes);
        }
      }
      Files.createDirectories(out);
      Path oldRuntime = out.resolve(RUNTIME_DIR);
      if (Files.isDirectory(oldRuntime)) {
        deleteTree(oldRuntime);
      }
      try (Stream<Path> top = Files.list(tmp)) {
        for (Path p : top.sorted().toList()) {
          Path dest = out.resolve(p.getFileName().toString());
          if (Files.isDirectory(dest) && Files.isDirectory(p)) {
            deleteTree(dest);
          }
          Files.move(p, dest, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      if (Files.exists(tmp)) {
        deleteTree(tmp);
      }
    }
    for (String k : outputs.keySet()) {
      files.add(out.resolve(k));
    }
    return new BuildResult(out.resolve(entryJs), files, raw, gz, bundled, notBundledWhy);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
