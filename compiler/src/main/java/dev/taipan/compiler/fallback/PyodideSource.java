package dev.taipan.compiler.fallback;

/** Where a routed build's Pyodide comes from ({@code --pyodide}). */
public enum PyodideSource {
  /**
   * Not shipped: a browser fetches the pinned CDN release with integrity hashes; Node uses
   * {@code $TAIPAN_PYODIDE} (a directory holding Pyodide's files) or a resolvable {@code pyodide}
   * npm package.
   */
  CDN,
  /** Pyodide's core files are copied into the build's {@code pyodide/} folder and used from there. */
  COPY;

  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
