package dev.taipan.codegen;

import java.util.Set;

/**
 * Builtins that take exactly one positional argument in CPython. Their runtime functions ignore
 * extra JS arguments, so a direct call with another count compiles to the arity error instead.
 */
final class OneArgumentBuiltins {
  private static final Set<String> NAMES =
      Set.of("len", "abs", "chr", "ord", "hash", "id", "callable", "repr", "ascii", "hex", "oct", "bin");

  private OneArgumentBuiltins() {}

  /** True when {@code name} is one of these builtins (the caller checks it is not shadowed). */
  static boolean contains(String name) {
    return NAMES.contains(name);
  }
}
