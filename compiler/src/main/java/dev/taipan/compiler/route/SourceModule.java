package dev.taipan.compiler.route;

import dev.taipan.frontend.ast.Mod;
import java.nio.file.Path;

/**
 * A user module found under the source roots, parsed.
 *
 * @param name the dotted module name; the entry file is {@code __main__}
 * @param file where it was read from
 * @param relativeFile its path under its source root with '/' separators, as reasons and the
 *     manifest show it and as Pyodide's file system stores it
 * @param isPackage true for a package's {@code __init__.py}
 */
public record SourceModule(
    String name, Path file, String relativeFile, boolean isPackage, String source, Mod.Module ast) {}
