package dev.taipan.compiler.route;

/** What an imported name resolves to, which decides whether Taipan can provide it transpiled. */
public enum ModuleKind {
  /** A module under the source roots: routed or transpiled by its own decision. */
  USER("user module", true),
  /** A standard-library module the Taipan runtime provides in JavaScript. */
  TRANSPILED_STDLIB("standard library, provided by the Taipan runtime", true),
  /** A standard-library module the runtime does not provide: Pyodide's CPython has it. */
  STDLIB_NOT_PROVIDED("standard library module the Taipan runtime does not provide", false),
  /** A third-party package of pure Python that Pyodide distributes. */
  PURE_PYTHON_PACKAGE("third-party package, loaded from Pyodide's distribution", false),
  /** A package with compiled extension modules: only Pyodide's wasm builds can run it. */
  C_EXTENSION("C extension", false),
  /**
   * A top-level name found nowhere: not under the source roots, in the standard library or in
   * Pyodide's packages. The import raises ModuleNotFoundError where it stands, in the transpiled
   * module as under CPython (and as in Pyodide), so it does not route the importer.
   */
  ABSENT("found nowhere: importing it raises ModuleNotFoundError", true),
  /** A submodule missing from a user package, or a relative import above the top-level package. */
  NOT_FOUND("not found under the source roots, in the standard library or in Pyodide's packages", false);

  private final String description;
  private final boolean transpilable;

  ModuleKind(String description, boolean transpilable) {
    this.description = description;
    this.transpilable = transpilable;
  }

  /** The words used in reasons: {@code imports numpy (C extension)}. */
  public String description() {
    return description;
  }

  /** False when importing such a module forces the importer into Pyodide. */
  public boolean transpilable() {
    return transpilable;
  }

  /** The manifest's spelling, e.g. {@code c-extension}. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
