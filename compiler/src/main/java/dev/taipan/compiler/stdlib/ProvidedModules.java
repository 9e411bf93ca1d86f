package dev.taipan.compiler.stdlib;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The standard-library modules a transpiled program may import, each with the exact list of names
 * it provides, read from the compiler's resources ({@code dev/taipan/stdlib/}, docs/stdlib.md):
 * {@code modules.txt} lists the modules; {@code <module>.names} lists a module's names and, on an
 * {@code @runtime <file>} line, the runtime's JS file that implements it ({@code @internal}: a helper
 * only the Python sources may import); a module without that line
 * is the Python source {@code <module>.py}, which Taipan compiles into the program like a user
 * module. A name not listed is not provided: the module that uses it is routed (CheckProvidedNames).
 */
public final class ProvidedModules {
  private static final String ROOT = "dev/taipan/stdlib/";
  private static final Map<String, ProvidedModule> MODULES = load();

  private ProvidedModules() {}

  /**
   * One provided module.
   *
   * @param name its dotted name ({@code collections.abc})
   * @param runtimeFile the runtime's JS file ({@code modules/math-module.js}), or null for a Python source
   * @param names every name the module provides, submodules included
   * @param isPackage true when other provided modules live inside it ({@code collections})
   * @param internal true for helpers only the Python sources import ({@code @internal}: {@code _taipan})
   * @param missingMethods methods of the module's classes that CPython has and the runtime lacks
   *     ({@code @missing-method exp}): a program that imports the module and reads an attribute of
   *     that name anywhere is routed, so it cannot fail at run time for want of the method
   */
  public record ProvidedModule(
      String name, String runtimeFile, Set<String> names, boolean isPackage, boolean internal, Set<String> missingMethods) {
    public ProvidedModule(String name, String runtimeFile, Set<String> names, boolean isPackage, boolean internal) {
      this(name, runtimeFile, names, isPackage, internal, Set.of());
    }

    /** The Python source of a module implemented in Python, null for a JS module. */
    public String pythonSource() {
      return runtimeFile == null ? resource(name + ".py") : null;
    }

    /** Where its Python source shows in tracebacks and errors ({@code collections/__init__.py}). */
    public String displayPath() {
      return name.replace('.', '/') + (isPackage ? "/__init__.py" : ".py");
    }
  }

  /** The provided module called {@code dotted}, or null. */
  public static ProvidedModule get(String dotted) {
    return MODULES.get(dotted);
  }

  public static boolean provides(String dotted) {
    return MODULES.containsKey(dotted);
  }

  /** Every provided module, by name. */
  public static Map<String, ProvidedModule> all() {
    return MODULES;
  }

  /** The JS modules: name -> runtime file. */
  public static Map<String, String> runtimeFiles() {
    Map<String, String> out = new TreeMap<>();
    for (ProvidedModule m : MODULES.values()) {
      if (m.runtimeFile() != null) {
        out.put(m.name(), m.runtimeFile());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  private static Map<String, ProvidedModule> load() {
    List<String> names = lines(resource("modules.txt"));
    Map<String, ProvidedModule> out = new TreeMap<>();
    for (String module : names) {
      String runtime = null;
      boolean internal = false;
      Set<String> provided = new LinkedHashSet<>();
      Set<String> missingMethods = new LinkedHashSet<>();
      for (String line : lines(resource(module + ".names"))) {
        if (line.startsWith("@runtime ")) {
          runtime = line.substring("@runtime ".length()).strip();
        } else if (line.equals("@internal")) {
          internal = true;
        } else if (line.startsWith("@missing-method ")) {
          missingMethods.add(line.substring("@missing-method ".length()).strip());
        } else {
          provided.add(line);
        }
      }
      boolean pkg = names.stream().anyMatch(n -> n.startsWith(module + "."));
      out.put(module, new ProvidedModule(module, runtime, Collections.unmodifiableSet(provided), pkg, internal,
          Collections.unmodifiableSet(missingMethods)));
    }
    return Collections.unmodifiableMap(out);
  }

  /** Non-blank lines without {@code #} comments. */
  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      int hash = line.indexOf('#');
      String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  static String resource(String file) {
    try (InputStream in = ProvidedModules.class.getClassLoader().getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + ROOT + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
