package dev.taipan.compiler.route;

/**
 * One module a user module imports, resolved.
 *
 * @param importer the importing module's dotted name
 * @param target the imported module's dotted name (absolute)
 * @param line the 1-based line of the import statement
 * @param pyodidePackage the Pyodide package that provides it, or null
 */
public record ImportEdge(String importer, String target, ModuleKind kind, int line, String pyodidePackage) {
  public String topLevel() {
    return ImportNames.topLevel(target);
  }
}
