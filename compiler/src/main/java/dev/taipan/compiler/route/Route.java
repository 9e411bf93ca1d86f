package dev.taipan.compiler.route;

/** Where a module runs. */
public enum Route {
  /** Compiled to JavaScript by the transpiler. */
  TRANSPILE,
  /** Run by CPython compiled to WebAssembly (Pyodide). */
  PYODIDE;

  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
