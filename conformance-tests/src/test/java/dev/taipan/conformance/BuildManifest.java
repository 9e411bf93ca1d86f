package dev.taipan.conformance;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code taipan build} wrote into {@code taipan-manifest.json}: the entry module's route and
 * the first reason of the program's own (not the one routed only because of its imports).
 *
 * @param route {@code transpile} or {@code pyodide}
 */
record BuildManifest(String route, Optional<String> firstReason) {
  static final String FILE = "taipan-manifest.json";

  boolean routed() {
    return route.equals("pyodide");
  }

  /** The manifest in {@code outDir}, or empty when the build wrote none (the CPython shim). */
  static Optional<BuildManifest> read(Path outDir) throws IOException {
    Path file = outDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
  }

  static BuildManifest parse(String json) {
    JsonObject root = JsonParser.parseString(json).getAsJsonObject();
    String route = "transpile";
    Optional<String> reason = Optional.empty();
    for (JsonElement m : root.getAsJsonArray("modules")) {
      JsonObject module = m.getAsJsonObject();
      if (module.get("name").getAsString().equals("__main__")) {
        route = module.get("route").getAsString();
      }
      for (JsonElement r : module.getAsJsonArray("reasons")) {
        String kind = r.getAsJsonObject().get("kind").getAsString();
        if (reason.isEmpty() && !kind.equals("imports-routed") && !kind.equals("imported-by-routed")) {
          reason = Optional.of(r.getAsJsonObject().get("message").getAsString());
        }
      }
    }
    return new BuildManifest(route, reason);
  }
}
