package dev.taipan.compiler.route;

/**
 * Why a module is routed: {@code app.py:3: uses exec()}.
 *
 * @param file the file the reason points into (for "imported by" reasons, the importer's)
 * @param line 1-based, or 0 when the reason has no line (a command-line option)
 * @param kind a stable identifier: {@code unsupported-construct}, {@code import},
 *     {@code name-not-provided}, {@code imports-routed}, {@code imported-by-routed}, {@code fallback-comment},
 *     {@code fallback-option}
 */
public record RouteReason(String kind, String file, int line, String message) {
  public String render() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
