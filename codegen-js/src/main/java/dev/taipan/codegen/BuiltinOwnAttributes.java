package dev.taipan.codegen;

import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Mod;
import java.util.Set;

/**
 * Whether a module may read one of the attributes of built-in types that the runtime's method
 * tables leave out (runtime-js/src/types/builtin-own-attrs.js: `object.__lt__`, `list.__ne__`,
 * `type.__base__`, ...). That module is loaded only by the modules that do, so a program that
 * never reads them does not carry it: one that names such an attribute, or that reads attributes
 * by a name it computes or lists them (`getattr`, `hasattr`, `vars`, `dir`, `__dict__`).
 */
final class BuiltinOwnAttributes {
  /** The names the runtime module answers (a node test checks that it answers no other). */
  static final Set<String> NAMES = Set.of(
      "__lt__", "__le__", "__gt__", "__ge__", "__ne__", "__getstate__", "__reduce_ex__", "__reduce__", "__sizeof__",
      "__getnewargs__", "__getformat__", "__mod__", "__rmod__", "__imul__", "__ror__", "__rand__", "__rsub__",
      "__rxor__", "__base__", "__text_signature__", "__basicsize__", "__itemsize__", "__flags__", "__dictoffset__",
      "__weakrefoffset__");

  /** The builtins and attributes through which a program reads attributes by a name it does not write out. */
  private static final Set<String> DYNAMIC = Set.of("getattr", "hasattr", "vars", "dir", "__dict__");

  private BuiltinOwnAttributes() {}

  static boolean mayBeRead(Mod.Module module) {
    boolean[] found = {false};
    AstNodes.preorder(module.body(), n -> {
      if (n instanceof Expr.Attribute a && (NAMES.contains(a.attr()) || DYNAMIC.contains(a.attr()))
          || n instanceof Expr.Name name && DYNAMIC.contains(name.id())) {
        found[0] = true;
      }
    });
    return found[0];
  }
}
