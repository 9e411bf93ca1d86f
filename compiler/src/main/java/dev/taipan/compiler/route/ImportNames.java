package dev.taipan.compiler.route;

/** Dotted-name arithmetic for import resolution, as {@code importlib._bootstrap} does it. */
final class ImportNames {
  private ImportNames() {}

  static String topLevel(String dotted) {
    int dot = dotted.indexOf('.');
    return dot < 0 ? dotted : dotted.substring(0, dot);
  }

  /**
   * The package a relative import of {@code level} dots starts from, or null when it climbs
   * above the top-level package ({@code _resolve_name}'s "beyond top-level package").
   */
  static String relativeBase(String importer, boolean importerIsPackage, int level) {
    String base = importerIsPackage ? importer : parent(importer);
    for (int i = 1; i < level; i++) {
      if (base == null || base.isEmpty()) {
        return null;
      }
      base = parent(base);
    }
    return base == null || base.isEmpty() ? null : base;
  }

  static String parent(String dotted) {
    int dot = dotted.lastIndexOf('.');
    return dot < 0 ? "" : dotted.substring(0, dot);
  }
}
