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
 * {@code callMethod$$7}, and the file's namespace object ({@code import * as}),
 * {@code module$taipan_runtime$internals$attribute}, becomes {@code module$7}. With renaming
 * off (docs/optimizer.md) these suffixes were 43 % of a hello-world bundle's bytes, and V8
 * parses every byte at start-up.
 *
 * <p>It runs on the compiled AST, before Closure prints it, so the source map and the
 * traceback positions read from it describe the printed text. A short suffix is {@code $$}
 * and a decimal number, which {@code internals/js-name.js} strips from a shown name. It cannot
 * meet another name: Closure's own suffixes are {@code $$module$<path>} and
 * {@code $jscomp$<n>}, the generated code's {@code $$<attribute>} are property keys spelled
 * with a Python identifier (never a digit first), and no runtime name ends in {@code $$}
 * and digits. Numbers follow the sorted original module names, so the same input gives the
 * same names.
 */
final class ShortenModuleSuffixes {
  /** What Closure appends to a file's top-level names: {@code $$} and the file's module name. */
  private static final String CLOSURE_SUFFIX = "$$module$";
  /** Closure's name for a file's module (its namespace object). */
  private static final String MODULE = "module$";

  private ShortenModuleSuffixes() {}

  /** Renames, in place, every name under {@code root} that carries a module suffix. */
  static void shorten(Node root) {
    List<Node> names = new ArrayList<>();
    Map<String, Integer> number = new TreeMap<>();
    NodeUtil.visitPreOrder(root, n -> {
      if (n.isName() || n.isImportStar()) {
        String module = moduleOf(n.getString());
        if (module != null) {
          names.add(n);
          number.put(module, 0);
        }
      }
    });
    int next = 0;
    for (var e : number.entrySet()) {
      e.setValue(next++);
    }
    for (Node n : names) {
      String s = n.getString();
      int at = s.indexOf(CLOSURE_SUFFIX);
      int k = number.get(moduleOf(s));
      n.setString(at >= 0 ? s.substring(0, at) + "$$" + k : MODULE + k);
    }
  }

  /** The {@code module$<path>} a name is or ends with, or null for a name of no module. */
  private static String moduleOf(String name) {
    int at = name.indexOf(CLOSURE_SUFFIX);
    if (at >= 0) {
      return name.substring(at + 2);
    }
    return name.startsWith(MODULE) && name.length() > MODULE.length() ? name : null;
  }
}
