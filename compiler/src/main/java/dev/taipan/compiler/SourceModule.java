package dev.taipan.compiler;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.parse.LineMap;
import java.nio.file.Path;

/**
 * One user module of a program: its Python name, the file it comes from, its AST and where
 * its JS goes, relative to the output directory.
 */
record SourceModule(String name, Path file, String displayPath, Mod.Module ast, LineMap lines, String jsPath, boolean isPackage,
    String tracebackPath) {}
