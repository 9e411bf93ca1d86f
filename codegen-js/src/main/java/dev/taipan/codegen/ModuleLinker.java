package dev.taipan.codegen;

/** Tells the generator where an imported module's JS lives, relative to the importing module. */
public interface ModuleLinker {
  /** A user module: its JS path relative to the importer ("./foo.js"), or null if it is not one. */
  String userModule(String dottedName);

  /** The runtime file providing a standard module ("modules/sys.js"), or null. */
  String runtimeModule(String dottedName);

  /** The module name a relative import resolves to, from the importing module's package. */
  String resolveRelative(int level, String module);

  /**
   * Whether a top-level module name exists nowhere (not a user module, not in the standard
   * library, not a package the fallback could load), so importing it raises CPython's
   * ModuleNotFoundError where the import stands.
   */
  default boolean absent(String topLevel) {
    return false;
  }
}
