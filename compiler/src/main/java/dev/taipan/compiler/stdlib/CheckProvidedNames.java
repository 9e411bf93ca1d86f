package dev.taipan.compiler.stdlib;

import dev.taipan.codegen.AstNodes;
import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.ast.Stmt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks, at build time, every name a module takes from a provided standard-library module
 * ({@code from M import x}, and {@code M.x} read through a name an {@code import} bound to M)
 * against the names that module declares (ProvidedModules), so a partial module can never fail
 * a program at run time: a name it lacks routes the importing module to Pyodide instead.
 *
 * <p>{@code __name__} is provided by every module. The check is by name, not by scope: a local variable that happens to share an imported
 * module's name is checked too, which can only route a module that did not need it.
 */
public final class CheckProvidedNames {
  private CheckProvidedNames() {}

  /** A name a module uses that its provided module does not provide. */
  public record MissingName(String module, String name, Span span, boolean method) {
    public MissingName(String module, String name, Span span) {
      this(module, name, span, false);
    }

    public String message() {
      return method
          ? "." + name + " (a method of " + module + "'s classes the runtime does not provide; looked up by name)"
          : module + "." + name + " is not provided by the runtime";
    }
  }

  /**
   * The missing names of {@code module}, in source order. {@code provided} maps a dotted module
   * name to the provided module it resolves to in this program, or null (a user module, say).
   */
  public static List<MissingName> find(Mod.Module module, Function<String, ProvidedModules.ProvidedModule> provided) {
    Map<String, Set<String>> bound = new LinkedHashMap<>();
    AstNodes.preorder(module.body(), node -> {
      if (node instanceof Stmt.Import i) {
        for (Alias a : i.names()) {
          String target = a.asname() != null ? a.name() : a.name().split("\\.")[0];
          String as = a.asname() != null ? a.asname() : target;
          if (provided.apply(target) != null) {
            bound.computeIfAbsent(as, k -> new LinkedHashSet<>()).add(target);
          }
        }
      }
    });
    Map<String, ProvidedModules.ProvidedModule> withMissingMethods = new LinkedHashMap<>();
    AstNodes.preorder(module.body(), node -> {
      List<String> imported = switch (node) {
        case Stmt.Import i -> i.names().stream().map(Alias::name).toList();
        case Stmt.ImportFrom f when f.module() != null && (f.level() == null || f.level() == 0) -> List.of(f.module());
        default -> List.of();
      };
      for (String name : imported) {
        ProvidedModules.ProvidedModule m = provided.apply(name);
        if (m != null && !m.missingMethods().isEmpty()) {
          withMissingMethods.put(m.name(), m);
        }
      }
    });
    List<MissingName> out = new ArrayList<>();
    AstNodes.preorder(module.body(), node -> {
      // An attribute of an imported module (math.exp) is the module's, checked below.
      if (node instanceof Expr.Attribute a && modulesOf(a.value(), bound, provided).isEmpty()) {
        for (ProvidedModules.ProvidedModule m : withMissingMethods.values()) {
          if (m.missingMethods().contains(a.attr())) {
            out.add(new MissingName(m.name(), a.attr(), a.span(), true));
          }
        }
      }
    });
    AstNodes.preorder(module.body(), node -> {
      switch (node) {
        case Stmt.ImportFrom f when f.module() != null && (f.level() == null || f.level() == 0) -> {
          ProvidedModules.ProvidedModule m = provided.apply(f.module());
          if (m != null) {
            for (Alias a : f.names()) {
              if (!a.name().equals("*")) {
                check(m, a.name(), a.span(), provided, out);
              }
            }
          }
        }
        case Expr.Attribute a when a.ctx() != ExprContext.Store -> {
          for (String m : modulesOf(a.value(), bound, provided)) {
            check(provided.apply(m), a.attr(), a.span(), provided, out);
          }
        }
        default -> {}
      }
    });
    out.sort(java.util.Comparator.comparingInt((MissingName n) -> n.span().lineno()).thenComparingInt(n -> n.span().colOffset()));
    return List.copyOf(out);
  }

  private static void check(
      ProvidedModules.ProvidedModule m, String name, Span at, Function<String, ProvidedModules.ProvidedModule> provided,
      List<MissingName> out) {
    if (!name.equals("__name__") && !m.names().contains(name) && provided.apply(m.name() + "." + name) == null) {
      out.add(new MissingName(m.name(), name, at));
    }
  }

  /** The provided modules an expression names: an imported module's name, or a submodule of one. */
  private static Set<String> modulesOf(Expr e, Map<String, Set<String>> bound, Function<String, ProvidedModules.ProvidedModule> provided) {
    return switch (e) {
      case Expr.Name n -> bound.getOrDefault(n.id(), Set.of());
      case Expr.Attribute a -> {
        Set<String> out = new LinkedHashSet<>();
        for (String m : modulesOf(a.value(), bound, provided)) {
          if (provided.apply(m + "." + a.attr()) != null) {
            out.add(m + "." + a.attr());
          }
        }
        yield out;
      }
      default -> Set.of();
    };
  }
}
