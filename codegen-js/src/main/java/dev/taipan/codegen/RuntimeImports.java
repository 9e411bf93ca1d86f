package dev.taipan.codegen;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The runtime exports a generated module uses, each bound to a '$'-prefixed local alias so it
 * can never collide with a Python name; printed as one sorted import line per runtime file.
 */
public final class RuntimeImports {
  private final Map<String, Map<String, String>> byFile = new TreeMap<>();
  private final Map<String, String> aliasOwner = new TreeMap<>();
  private final Set<String> sideEffects = new LinkedHashSet<>();

  /**
   * Exports whose results may need another runtime file loaded: a float power may be complex
   * (CPython's float_pow), which types/complex.js computes once loaded.
   */
  private static final Map<String, String> COMPANIONS = Map.of(
      "internals/arith.js#pow", "types/complex.js",
      "builtins/numeric.js#pow", "types/complex.js");

  /** The alias of {@code export} from the runtime file {@code file} (relative to the runtime root). */
  public String ref(String file, String export) {
    String companion = COMPANIONS.get(file + "#" + export);
    if (companion != null) {
      load(companion);
    }
    Map<String, String> names = byFile.computeIfAbsent(file, f -> new TreeMap<>());
    String alias = names.get(export);
    if (alias != null) {
      return alias;
    }
    alias = "$" + export;
    int n = 2;
    while (aliasOwner.containsKey(alias)) {
      alias = "$" + export + "_" + n++;
    }
    aliasOwner.put(alias, file);
    names.put(export, alias);
    return alias;
  }

  /** Imports a runtime file for its side effects only. */
  public void load(String file) {
    sideEffects.add(file);
  }

  /** Runtime files used, relative to the runtime root. */
  public Set<String> files() {
    Set<String> all = new LinkedHashSet<>(sideEffects);
    all.addAll(byFile.keySet());
    return all;
  }

  /** The import statements, with {@code prefix} the path from the module to the runtime root. */
  public String render(String prefix) {
    StringBuilder b = new StringBuilder();
    for (String f : sideEffects) {
      b.append("import '").append(prefix).append(f).append("';\n");
    }
    for (var e : byFile.entrySet()) {
      b.append("import { ");
      boolean first = true;
      for (var n : e.getValue().entrySet()) {
        if (!first) {
          b.append(", ");
        }
        first = false;
        b.append(n.getKey().equals(n.getValue().substring(1)) && n.getValue().equals("$" + n.getKey())
            ? n.getKey() + " as " + n.getValue()
            : n.getKey() + " as " + n.getValue());
      }
      b.append(" } from '").append(prefix).append(e.getKey()).append("';\n");
    }
    return b.toString();
  }
}
