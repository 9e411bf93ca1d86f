package dev.taipan.compiler.route;

import dev.taipan.fallback.PyodideLock;
import dev.taipan.fallback.PyodidePackage;
import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Stmt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves every import of a program, from its entry file, the way CPython's path-based finder
 * would with the source roots on {@code sys.path}: user modules and packages first, then the
 * standard library, then Pyodide's packages.
 */
public final class BuildModuleGraph {
  /** Names the import system resolves before looking at {@code sys.path}. */
  private static final Set<String> NEVER_SHADOWED = Set.of("sys", "builtins", "__future__", "_imp", "marshal");

  private final List<Path> roots;
  private final ModuleParser parser;
  private final PyodideLock lock;
  private final Map<String, SourceModule> modules = new LinkedHashMap<>();
  private final List<ImportEdge> edges = new ArrayList<>();
  private final Deque<SourceModule> pending = new ArrayDeque<>();

  private BuildModuleGraph(List<Path> roots, ModuleParser parser, PyodideLock lock) {
    this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.parser = parser;
    this.lock = lock;
  }

  /**
   * Builds the graph of {@code entry}, run as {@code __main__}; {@code roots} are the directories
   * user modules are found in (empty: the entry's directory, as {@code sys.path[0]}).
   */
  public static ModuleGraph build(Path entry, List<Path> roots, ModuleParser parser, PyodideLock lock)
      throws RouteException {
    Path absEntry = entry.toAbsolutePath().normalize();
    List<Path> effective = roots.isEmpty() ? List.of(absEntry.getParent()) : roots;
    BuildModuleGraph b = new BuildModuleGraph(effective, parser, lock);
    b.add(ModuleGraph.MAIN, absEntry, b.display(absEntry), false);
    while (!b.pending.isEmpty()) {
      b.scan(b.pending.removeFirst());
    }
    return new ModuleGraph(b.modules, b.edges);
  }

  private String display(Path file) {
    for (Path root : roots) {
      if (file.startsWith(root)) {
        return root.relativize(file).toString().replace('\\', '/');
      }
    }
    return file.getFileName().toString();
  }

  private void add(String name, Path file, String relative, boolean isPackage) throws RouteException {
    if (modules.containsKey(name)) {
      return;
    }
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      source = FrontendModuleParser.decode(relative, file);
    } catch (IOException e) {
      throw new RouteException(relative + ": cannot read: " + e.getMessage());
    }
    SourceModule m = new SourceModule(name, file, relative, isPackage, source, parser.parse(relative, source));
    modules.put(name, m);
    pending.addLast(m);
  }

  private void scan(SourceModule m) throws RouteException {
    List<Stmt> imports = new ArrayList<>();
    AstWalk.preorder(m.ast().body(), node -> {
      if (node instanceof Stmt.Import || node instanceof Stmt.ImportFrom) {
        imports.add((Stmt) node);
      }
    });
    for (Stmt s : imports) {
      switch (s) {
        case Stmt.Import i -> {
          for (Alias a : i.names()) {
            importChain(m, a.name(), i.span().lineno());
          }
        }
        case Stmt.ImportFrom f -> importFrom(m, f);
        default -> throw new IllegalStateException("only imports were collected");
      }
    }
  }

  private void importFrom(SourceModule m, Stmt.ImportFrom f) throws RouteException {
    int line = f.span().lineno();
    int level = f.level() == null ? 0 : f.level();
    String base;
    if (level == 0) {
      base = f.module();
    } else {
      String pkg = m.name().equals(ModuleGraph.MAIN) ? null : ImportNames.relativeBase(m.name(), m.isPackage(), level);
      if (pkg == null) {
        // CPython raises ImportError here; Pyodide reproduces it exactly.
        String shown = ".".repeat(level) + (f.module() == null ? "" : f.module());
        edges.add(new ImportEdge(m.name(), shown, ModuleKind.NOT_FOUND, line, null));
        return;
      }
      base = f.module() == null ? pkg : pkg + "." + f.module();
    }
    importChain(m, base, line);
    Optional<UserModule> pkg = findUser(base);
    if (pkg.isPresent() && pkg.get().isPackage()) {
      for (Alias a : f.names()) {
        if (!a.name().equals("*") && findUser(base + "." + a.name()).isPresent()) {
          importChain(m, base + "." + a.name(), line);
        }
      }
    }
  }

  /** {@code import a.b.c} imports a, a.b and a.b.c. */
  private void importChain(SourceModule m, String dotted, int line) throws RouteException {
    String top = ImportNames.topLevel(dotted);
    if (top.equals(ModuleGraph.MAIN)) {
      edges.add(new ImportEdge(m.name(), ModuleGraph.MAIN, ModuleKind.USER, line, null));
      return;
    }
    // A directory without __init__.py (namespace package) loses to any module found later on sys.path.
    boolean user =
        findUser(top)
            .filter(u -> u.file() != null || !(StdlibModules.contains(top) || lock.packageForImport(top).isPresent()))
            .isPresent();
    if (NEVER_SHADOWED.contains(top) || !user) {
      edges.add(external(m.name(), dotted, line));
      return;
    }
    String prefix = "";
    for (String part : dotted.split("\\.")) {
      prefix = prefix.isEmpty() ? part : prefix + "." + part;
      Optional<UserModule> found = findUser(prefix);
      if (found.isEmpty()) {
        edges.add(new ImportEdge(m.name(), prefix, ModuleKind.NOT_FOUND, line, null));
        return;
      }
      edges.add(new ImportEdge(m.name(), prefix, ModuleKind.USER, line, null));
      UserModule u = found.get();
      if (u.file() != null) {
        add(prefix, u.file(), display(u.file()), u.isPackage());
      }
    }
  }

  private ImportEdge external(String importer, String dotted, int line) {
    String top = ImportNames.topLevel(dotted);
    Optional<PyodidePackage> pkg = lock.packageForImport(top);
    String pkgName = pkg.map(PyodidePackage::name).orElse(null);
    ModuleKind kind;
    if (TranspiledStdlib.provides(dotted)) {
      kind = ModuleKind.TRANSPILED_STDLIB;
      pkgName = null;
    } else if (StdlibModules.contains(top)) {
      kind = ModuleKind.STDLIB_NOT_PROVIDED;
    } else if (CExtensionPackages.isKnown(top) || pkg.map(PyodidePackage::hasCompiledCode).orElse(false)) {
      kind = ModuleKind.C_EXTENSION;
    } else if (pkg.isPresent()) {
      kind = ModuleKind.PURE_PYTHON_PACKAGE;
    } else {
      kind = ModuleKind.ABSENT;
    }
    return new ImportEdge(importer, dotted, kind, line, pkgName);
  }

  /**
   * Whether a top-level module name that is not a user module exists nowhere the program could
   * import it from: not provided, not in the standard library, not a Pyodide package.
   */
  public static boolean absentOutsideUserModules(String top, PyodideLock lock) {
    return !NEVER_SHADOWED.contains(top) && !TranspiledStdlib.provides(top) && !StdlibModules.contains(top)
        && !CExtensionPackages.isKnown(top) && lock.packageForImport(top).isEmpty();
  }

  /** A module or package under a root; {@code file} is null for a namespace package. */
  private record UserModule(Path file, boolean isPackage) {}

  private Optional<UserModule> findUser(String dotted) {
    for (Path root : roots) {
      Path p = root.resolve(dotted.replace('.', '/'));
      Path init = p.resolve("__init__.py");
      if (Files.isRegularFile(init)) {
        return Optional.of(new UserModule(init, true));
      }
      Path py = p.resolveSibling(p.getFileName() + ".py");
      if (Files.isRegularFile(py)) {
        return Optional.of(new UserModule(py, false));
      }
    }
    for (Path root : roots) {
      if (Files.isDirectory(root.resolve(dotted.replace('.', '/')))) {
        return Optional.of(new UserModule(null, true));
      }
    }
    return Optional.empty();
  }
}
