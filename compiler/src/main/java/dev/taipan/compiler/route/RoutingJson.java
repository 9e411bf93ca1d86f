package dev.taipan.compiler.route;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.taipan.compiler.TracebackPaths;
import dev.taipan.fallback.PyodideLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a routing plan as JSON: the output of {@code taipan check --json} and the manifest a
 * build writes to {@code dist/taipan-manifest.json} (schema in docs/routing.md).
 */
public final class RoutingJson {
  public static final int SCHEMA_VERSION = 1;
  public static final String MANIFEST_FILE = "taipan-manifest.json";

  private RoutingJson() {}

  public static String render(RoutingPlan plan) {
    return render(plan, null);
  }

  /**
   * The plan as JSON; {@code pyodideSource} ({@code "copy"} or {@code "cdn"}, null for
   * {@code check}) says where a routed build's Pyodide comes from.
   */
  public static String render(RoutingPlan plan, String pyodideSource) {
    return render(plan, pyodideSource, null);
  }

  /**
   * As {@link #render(RoutingPlan, String)}; with the build's {@code entry} (as the build was
   * given it) each module also records {@code path}, the path its tracebacks show.
   */
  public static String render(RoutingPlan plan, String pyodideSource, Path entry) {
    Path base = entry == null ? null : entry.toAbsolutePath().normalize().getParent();
    JsonObject root = new JsonObject();
    root.addProperty("schemaVersion", SCHEMA_VERSION);
    root.addProperty("entry", plan.decisions().get(ModuleGraph.MAIN).module().relativeFile());
    JsonArray modules = new JsonArray();
    for (ModuleDecision d : plan.decisions().values()) {
      JsonObject m = new JsonObject();
      m.addProperty("name", d.module().name());
      m.addProperty("file", d.module().relativeFile());
      if (entry != null && d.module().file() != null) {
        m.addProperty("path", d.module().name().equals(ModuleGraph.MAIN)
            ? TracebackPaths.entry(entry) : TracebackPaths.besideEntry(entry, base, d.module().file()));
      }
      m.addProperty("package", d.module().isPackage());
      m.addProperty("route", d.route().jsonName());
      JsonArray reasons = new JsonArray();
      for (RouteReason r : d.reasons()) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", r.kind());
        o.addProperty("file", r.file());
        o.addProperty("line", r.line());
        o.addProperty("message", r.message());
        o.addProperty("text", r.render());
        reasons.add(o);
      }
      m.add("reasons", reasons);
      JsonArray imports = new JsonArray();
      for (ImportEdge e : plan.graph().importsOf(d.module().name())) {
        JsonObject o = new JsonObject();
        o.addProperty("module", e.target());
        o.addProperty("kind", e.kind().jsonName());
        o.addProperty("line", e.line());
        if (e.pyodidePackage() != null) {
          o.addProperty("pyodidePackage", e.pyodidePackage());
        }
        imports.add(o);
      }
      m.add("imports", imports);
      modules.add(m);
    }
    root.add("modules", modules);
    JsonObject pyodide = new JsonObject();
    pyodide.addProperty("needed", plan.anyRouted());
    pyodide.addProperty("version", PyodideLock.VERSION);
    pyodide.add("packages", strings(plan.pyodidePackages()));
    pyodide.add("unavailable", strings(plan.unavailable()));
    if (pyodideSource != null && plan.anyRouted()) {
      pyodide.addProperty("source", pyodideSource);
      pyodide.addProperty("indexURL", pyodideSource.equals("copy") ? "pyodide/" : PyodideLock.CDN_BASE_URL);
    }
    root.add("pyodide", pyodide);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }

  /** Writes {@code dist/taipan-manifest.json}; returns the file written. */
  public static Path writeManifest(RoutingPlan plan, Path distDir, String pyodideSource, Path entry) throws IOException {
    Files.createDirectories(distDir);
    Path file = distDir.resolve(MANIFEST_FILE);
    Files.writeString(file, render(plan, pyodideSource, entry), StandardCharsets.UTF_8);
    return file;
  }

  private static JsonArray strings(java.util.List<String> values) {
    JsonArray a = new JsonArray();
    values.forEach(a::add);
    return a;
  }
}
