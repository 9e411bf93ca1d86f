package dev.taipan.compiler.optimize;

import com.google.javascript.jscomp.NodeUtil;
import com.google.javascript.rhino.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shortens the module suffix Closure's ES module bundling gives every top-level name of an
 * input file: {@code callMethod$$module$taipan_runtime$internals$attribute} becomes
 * {@code callMethod$$module$7}, and the file's namespace object ({@code import * as}),
 * {@code module$taipan_runtime$internals$attribute}, becomes {@code module$7}. With renaming off (docs/optimizer.md) these suffixes were 43 %
 * of a hello-world bundle's bytes, and V8 parses every byte at start-up.
 *
 * <p>It runs on the compiled AST, before Closure prints it, so the source map and the
 * traceback positions read from it describe the printed text. The short suffix keeps the
 * {@code $$module$} marker that {@code internals/js-name.js} strips from a shown name, and is a
 * decimal number: Closure derives its own suffixes from file paths, whose escaped form never
 * is all digits (a Python module name is an identifier, a runtime file name a word), so a
 * short name cannot meet a name Closure made. Numbers follow the sorted original suffixes,
 * so the same input gives the same names.
 */
final class ShortenModuleSuffixes {
  static final String MARKER = "$$module$";
  /** Closure's name for a file's module; a suffix is {@code $$} and this name. */
  private static final String MODULE = "module$";

  private ShortenModuleSuffixes() {}

  /** Renames, in place, every name under {@code root} that carries a module suffix. */
  static void shorten(Node root) {
    List<Node> names = new ArrayList<>();
    Map<String, String> shortModule = new TreeMap<>();
    NodeUtil.visitPreOrder(root, n -> {
      if (n.isName() || n.isImportStar()) {
        String module = moduleOf(n.getString());
        if (module != null) {
          names.add(n);
          shortModule.put(module, "");
        }
      }
    });
    int next = 0;
    for (var e : shortModule.entrySet()) {
      e.setValue(MODULE + next++);
    }
    for (Node n : names) {
      String s = n.getString();
      String module = moduleOf(s);
      n.setString(s.substring(0, s.length() - module.length()) + shortModule.get(module));
    }
  }

  /** The {@code module$<path>} a name ends with, or null for a name of no module. */
  private static String moduleOf(String name) {
    int at = name.indexOf(MARKER);
    if (at >= 0) {
      return name.substring(at + 2);
    }
    return name.startsWith(MODULE) && name.length() > MODULE.length() ? name : null;
  }
}
