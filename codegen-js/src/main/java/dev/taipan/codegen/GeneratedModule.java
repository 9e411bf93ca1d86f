package dev.taipan.codegen;

import java.util.List;
import java.util.Set;

/**
 * One generated ES module: its text, the runtime files it imports (relative to the runtime
 * root) and the user modules it imports (relative JS paths).
 */
public record GeneratedModule(String js, Set<String> runtimeFiles, List<String> userImports) {
  public GeneratedModule {
    runtimeFiles = Set.copyOf(runtimeFiles);
    userImports = List.copyOf(userImports);
  }
}
