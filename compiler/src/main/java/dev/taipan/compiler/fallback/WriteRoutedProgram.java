package dev.taipan.compiler.fallback;

import dev.taipan.compiler.route.ModuleDecision;
import dev.taipan.compiler.route.RoutingPlan;
import dev.taipan.fallback.FallbackFiles;
import dev.taipan.fallback.PyodideLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the build of a program whose entry module is routed: the modules' sources, the loader,
 * and an entry {@code <name>.js} that runs the program in Pyodide, so that
 * {@code node DIR/<name>.js ARGS} behaves as {@code python3 <name>.py ARGS}.
 */
final class WriteRoutedProgram {
  /** The loader's folder inside the build. */
  static final String LOADER_DIR = "taipan-pyodide";

  /** The routed modules' sources, under their paths relative to the source root. */
  static final String PYTHON_DIR = "python";

  /** The self-hosted Pyodide ({@code --pyodide copy}). */
  static final String PYODIDE_DIR = "pyodide";

  private WriteRoutedProgram() {}

  /** Writes into {@code out}; returns the entry file and every file written. */
  static List<Path> write(RoutingPlan plan, Path out, String entryJsName, PyodideSource source) throws IOException {
    List<Path> written = writeSupport(plan, out, source);
    written.add(writeText(out.resolve("package.json"), "{\n  \"type\": \"module\"\n}\n"));
    Path entry = writeText(out.resolve(entryJsName), entryScript(plan, source));
    written.add(0, entry);
    return written;
  }

  /** The routed modules' sources, the loader and (with {@code --pyodide copy}) Pyodide's files. */
  static List<Path> writeSupport(RoutingPlan plan, Path out, PyodideSource source) throws IOException {
    List<Path> written = new ArrayList<>();
    for (ModuleDecision d : plan.routed()) {
      Path target = out.resolve(PYTHON_DIR).resolve(d.module().relativeFile());
      Files.createDirectories(target.getParent());
      Files.copy(d.module().file(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      written.add(target);
    }
    Path loader = out.resolve(LOADER_DIR);
    Files.createDirectories(loader);
    for (String name : FallbackFiles.LOADER) {
      written.add(writeText(loader.resolve(name), FallbackFiles.loader(name)));
    }
    if (source == PyodideSource.COPY) {
      written.addAll(FallbackFiles.copyPyodide(out.resolve(PYODIDE_DIR)));
    }
    return written;
  }

  /** The entry module: no machine paths, so the same program always gives the same bytes. */
  static String entryScript(RoutingPlan plan, PyodideSource source) {
    String entryFile = plan.decisions().get(dev.taipan.compiler.route.ModuleGraph.MAIN).module().relativeFile();
    return "// Built by Taipan: " + entryFile + " runs in Pyodide " + PyodideLock.VERSION
        + " (taipan-manifest.json lists every module's route and why).\n"
        + "import { runBuiltProgram } from './" + LOADER_DIR + "/run-built.mjs';\n\n"
        + "await runBuiltProgram(new URL('./', import.meta.url), { entry: " + jsString(entryFile)
        + ", pyodide: '" + source.jsonName() + "' });\n";
  }

  private static String jsString(String s) {
    return new com.google.gson.GsonBuilder().disableHtmlEscaping().create().toJson(s);
  }

  private static Path writeText(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }
}
