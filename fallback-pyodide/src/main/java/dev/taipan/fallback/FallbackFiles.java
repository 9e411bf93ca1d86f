package dev.taipan.fallback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The files a routed build ships, bundled in this jar: the loader (js/) and the pinned Pyodide
 * release's core files, so a build can copy them into its output directory.
 */
public final class FallbackFiles {
  /** The loader's ES modules (fallback-pyodide/js/), in the jar under {@link #LOADER_ROOT}. */
  public static final List<String> LOADER =
      List.of("build-pyodide.mjs", "mixed-program.mjs", "pyodide-files.mjs", "pyodide-host.mjs", "routed-modules.mjs", "run-built.mjs", "run-program.mjs", "shown-paths.mjs");

  /** Pyodide's core files, what {@code loadPyodide({indexURL})} fetches from its folder. */
  public static final List<String> PYODIDE_CORE =
      List.of("pyodide-lock.json", "pyodide.asm.js", "pyodide.asm.wasm", "pyodide.mjs", "python_stdlib.zip");

  private static final String LOADER_ROOT = "dev/taipan/fallback/loader/";
  private static final String PYODIDE_ROOT = "dev/taipan/fallback/pyodide/";

  private FallbackFiles() {}

  /** The loader file {@code name} as text. */
  public static String loader(String name) throws IOException {
    try (InputStream in = open(LOADER_ROOT + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** Copies Pyodide's core files into {@code dir} (with a package.json); returns the files written. */
  public static List<Path> copyPyodide(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String name : PYODIDE_CORE) {
      try (InputStream in = open(PYODIDE_ROOT + name)) {
        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    // pyodide.asm.js is a CommonJS script: keep it one inside a build whose package.json says
    // "type": "module".
    Path pkg = Files.writeString(dir.resolve("package.json"), "{\n  \"type\": \"commonjs\"\n}\n");
    List<Path> out = new java.util.ArrayList<>(PYODIDE_CORE.stream().map(dir::resolve).toList());
    out.add(pkg);
    return out;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = FallbackFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("missing from the Taipan build: " + resource + " (fallback-pyodide is built with npm ci)");
    }
    return in;
  }
}
