package dev.taipan.compiler.fallback;

import dev.taipan.compiler.CompileException;
import dev.taipan.compiler.Gzip;
import dev.taipan.compiler.TaipanCompiler;
import dev.taipan.compiler.route.BuildModuleGraph;
import dev.taipan.compiler.route.DecideRoutes;
import dev.taipan.compiler.route.FrontendModuleParser;
import dev.taipan.compiler.route.ModuleGraph;
import dev.taipan.compiler.route.Route;
import dev.taipan.compiler.route.RouteException;
import dev.taipan.compiler.route.RoutingJson;
import dev.taipan.compiler.route.RoutingOptions;
import dev.taipan.compiler.route.RoutingPlan;
import dev.taipan.compiler.route.RoutingReport;
import dev.taipan.fallback.PyodideLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code taipan build} and {@code taipan run} with routing: decides every module's route, writes
 * the manifest, and builds the program transpiled or, when its entry is routed, for Pyodide.
 */
public final class BuildProgram {
  private BuildProgram() {}

  /**
   * What a build wrote.
   *
   * @param rawBytes JavaScript bytes written (a routed build: the entry and the loader, not Pyodide)
   */
  public record Result(RoutingPlan plan, Path entryJs, Path manifest, boolean routed, long rawBytes, long gzipBytes, boolean bundled,
      String notBundledWhy) {}

  /** The routing decision alone, as {@code taipan check} shows it. */
  public static RoutingPlan plan(Path entry, List<Path> sourceRoots, RoutingOptions options) throws CompileException {
    if (!Files.isRegularFile(entry)) {
      throw new CompileException("taipan: cannot open '" + entry + "': no such file\n");
    }
    try {
      ModuleGraph graph = BuildModuleGraph.build(entry, sourceRoots, new FrontendModuleParser(), PyodideLock.bundled());
      RoutingPlan plan = DecideRoutes.decide(graph, options);
      if (options.noFallback() && plan.anyRouted()) {
        throw new CompileException(RoutingReport.noFallbackError(plan));
      }
      return plan;
    } catch (RouteException e) {
      String m = e.getMessage();
      throw new CompileException(m.endsWith("\n") ? m : m + "\n");
    }
  }

  /** Builds {@code entry} into {@code outDir} (always with {@code taipan-manifest.json}), unoptimised. */
  public static Result build(Path entry, Path outDir, List<Path> sourceRoots, RoutingOptions options, PyodideSource source)
      throws CompileException, IOException {
    return build(entry, outDir, sourceRoots, options, source, false);
  }

  /**
   * As {@link #build(Path, Path, List, RoutingOptions, PyodideSource)}; {@code optimize} bundles a
   * wholly transpiled program into one file with Closure Compiler (docs/optimizer.md).
   */
  public static Result build(Path entry, Path outDir, List<Path> sourceRoots, RoutingOptions options, PyodideSource source,
      boolean optimize) throws CompileException, IOException {
    RoutingPlan plan = plan(entry, sourceRoots, options);
    Path out = outDir.toAbsolutePath().normalize();
    String entryJs = entry.getFileName().toString().replaceFirst("\\.py$", "") + ".js";
    if (MixedModules.isMixed(plan)) {
      return buildMixed(plan, entry, out, source, optimize);
    }
    if (plan.entryRoute() == Route.TRANSPILE) {
      TaipanCompiler.BuildResult r = TaipanCompiler.build(entry, out, optimize);
      for (String stale : List.of(WriteRoutedProgram.LOADER_DIR, WriteRoutedProgram.PYTHON_DIR, WriteRoutedProgram.PYODIDE_DIR)) {
        deleteTree(out.resolve(stale));
      }
      Path manifest = RoutingJson.writeManifest(plan, out, null, entry);
      return new Result(plan, r.entryJs(), manifest, false, r.rawBytes(), r.gzipBytes(), r.bundled(), r.notBundledWhy());
    }
    Files.createDirectories(out);
    for (String stale : List.of(TaipanCompiler.RUNTIME_DIR, WriteRoutedProgram.LOADER_DIR, WriteRoutedProgram.PYTHON_DIR)) {
      deleteTree(out.resolve(stale));
    }
    if (source == PyodideSource.CDN) {
      deleteTree(out.resolve(WriteRoutedProgram.PYODIDE_DIR));
    }
    List<Path> files = WriteRoutedProgram.write(plan, out, entryJs, source);
    Path manifest = RoutingJson.writeManifest(plan, out, source.jsonName(), entry);
    long raw = 0;
    long gz = 0;
    for (Path f : files) {
      if (f.toString().endsWith(".js") || f.toString().endsWith(".mjs")) {
        byte[] bytes = Files.readAllBytes(f);
        raw += bytes.length;
        gz += Gzip.size(bytes);
      }
    }
    return new Result(plan, files.get(0), manifest, true, raw, gz, false,
        optimize ? "the program runs in Pyodide" : null);
  }

  /**
   * Some modules transpiled, some routed: the transpiled build, with each routed module's JS
   * path holding a stand-in that imports it in Pyodide, plus the routed sources and the loader.
   */
  private static Result buildMixed(RoutingPlan plan, Path entry, Path out, PyodideSource source, boolean optimize)
      throws CompileException, IOException {
    Files.createDirectories(out);
    for (String stale : List.of(WriteRoutedProgram.LOADER_DIR, WriteRoutedProgram.PYTHON_DIR)) {
      deleteTree(out.resolve(stale));
    }
    if (source == PyodideSource.CDN) {
      deleteTree(out.resolve(WriteRoutedProgram.PYODIDE_DIR));
    }
    TaipanCompiler.BuildResult r = TaipanCompiler.build(entry, out, MixedModules.routedNames(plan), MixedModules.writer(plan, source), optimize);
    List<Path> files = WriteRoutedProgram.writeSupport(plan, out, source);
    Path manifest = RoutingJson.writeManifest(plan, out, source.jsonName(), entry);
    long raw = r.rawBytes();
    long gz = r.gzipBytes();
    for (Path f : files) {
      if (f.toString().endsWith(".mjs")) {
        byte[] bytes = Files.readAllBytes(f);
        raw += bytes.length;
        gz += Gzip.size(bytes);
      }
    }
    return new Result(plan, r.entryJs(), manifest, true, raw, gz, false, r.notBundledWhy());
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
