package dev.taipan.fallback;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The package list of the pinned Pyodide release, read from the {@code pyodide-lock.json}
 * the npm package ships, so routing knows which imports Pyodide can satisfy and by which package.
 */
public final class PyodideLock {
  /** The Pyodide release Taipan pins (fallback-pyodide/package.json). */
  public static final String VERSION = "0.25.1";

  /** The release's folder on the jsDelivr CDN. */
  public static final String CDN_BASE_URL = "https://cdn.jsdelivr.net/pyodide/v" + VERSION + "/full/";

  private static final String RESOURCE = "/dev/taipan/fallback/pyodide/pyodide-lock.json";

  private final String pythonVersion;
  private final Map<String, PyodidePackage> byName;
  private final Map<String, PyodidePackage> byImport;

  private PyodideLock(String pythonVersion, Map<String, PyodidePackage> byName) {
    this.pythonVersion = pythonVersion;
    this.byName = Collections.unmodifiableMap(byName);
    Map<String, PyodidePackage> imports = new LinkedHashMap<>();
    for (PyodidePackage p : byName.values()) {
      for (String name : p.imports()) {
        imports.putIfAbsent(name, p);
      }
    }
    this.byImport = Collections.unmodifiableMap(imports);
  }

  /** The lock file of the pinned release, bundled in this jar at build time. */
  public static PyodideLock bundled() {
    return Holder.BUNDLED;
  }

  /** Parses a {@code pyodide-lock.json}. */
  public static PyodideLock parse(Reader json) {
    JsonObject root = JsonParser.parseReader(json).getAsJsonObject();
    String python = root.getAsJsonObject("info").get("python").getAsString();
    Map<String, PyodidePackage> packages = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("packages").entrySet()) {
      JsonObject p = e.getValue().getAsJsonObject();
      packages.put(
          p.get("name").getAsString(),
          new PyodidePackage(
              p.get("name").getAsString(),
              p.get("version").getAsString(),
              p.get("file_name").getAsString(),
              p.get("package_type").getAsString(),
              strings(p.getAsJsonArray("imports")),
              strings(p.getAsJsonArray("depends"))));
    }
    return new PyodideLock(python, packages);
  }

  /** The CPython version Pyodide was built from, e.g. {@code 3.11.3}. */
  public String pythonVersion() {
    return pythonVersion;
  }

  /** The package that provides the top-level import {@code name}, if Pyodide has one. */
  public Optional<PyodidePackage> packageForImport(String name) {
    return Optional.ofNullable(byImport.get(name));
  }

  /** The package called {@code name} in the lock file. */
  public Optional<PyodidePackage> packageNamed(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Every package, in lock-file order. */
  public List<PyodidePackage> packages() {
    return List.copyOf(byName.values());
  }

  private static List<String> strings(JsonArray array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(e -> out.add(e.getAsString()));
    }
    return out;
  }

  private static final class Holder {
    static final PyodideLock BUNDLED = load();

    private static PyodideLock load() {
      try (InputStream in = PyodideLock.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "missing resource " + RESOURCE + ": the fallback-pyodide build copies it from node_modules");
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
