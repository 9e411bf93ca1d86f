package dev.taipan.fallback;

import java.util.List;

/**
 * One entry of Pyodide's {@code pyodide-lock.json}: a package {@code loadPackage} can fetch,
 * with the import names it provides.
 *
 * @param name the name to pass to {@code pyodide.loadPackage}
 * @param fileName the wheel or zip Pyodide downloads
 * @param packageType {@code package}, {@code cpython_module} (an unvendored stdlib module) or
 *     {@code shared_library}
 */
public record PyodidePackage(
    String name,
    String version,
    String fileName,
    String packageType,
    List<String> imports,
    List<String> depends) {

  public PyodidePackage {
    imports = List.copyOf(imports);
    depends = List.copyOf(depends);
  }

  /** True when the wheel carries compiled code: anything but a {@code py3-none-any} wheel. */
  public boolean hasCompiledCode() {
    return !(fileName.endsWith("-none-any.whl"));
  }
}
