package dev.taipan.compiler.route;

import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Keyword;
import dev.taipan.frontend.ast.Located;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the constructs of a module that the transpiler cannot translate with CPython's
 * behaviour (dynamic code, frame introspection, metaclasses, threads, ctypes), each with its
 * position, so the router can send the module to Pyodide and say why.
 */
public final class CheckUnsupportedFeatures {
  /** Builtins that compile or look up code at run time. */
  static final Map<String, String> DYNAMIC_BUILTINS =
      Map.of(
          "exec", "uses exec()",
          "eval", "uses eval()",
          "compile", "uses compile()",
          "__import__", "uses __import__()");

  /** Attributes that reach interpreter frames. */
  static final Map<String, String> FRAME_ATTRIBUTES =
      Map.of(
          "_getframe", "uses frame introspection (sys._getframe)",
          "currentframe", "uses frame introspection (inspect.currentframe)",
          "f_back", "uses frame introspection (f_back)",
          "f_locals", "uses frame introspection (f_locals)",
          "f_globals", "uses frame introspection (f_globals)",
          "tb_frame", "uses frame introspection (tb_frame)",
          "gi_frame", "uses frame introspection (gi_frame)",
          "settrace", "uses tracing (settrace)",
          "setprofile", "uses profiling (setprofile)");

  /** Modules whose semantics cannot be reproduced in single-threaded JavaScript without CPython. */
  public static final Map<String, String> UNSUPPORTED_MODULES =
      Map.of(
          "ctypes", "imports ctypes (calls into C)",
          "threading", "imports threading (threads)",
          "_thread", "imports _thread (threads)",
          "multiprocessing", "imports multiprocessing (processes)");

  private CheckUnsupportedFeatures() {}

  /** The unsupported constructs of {@code module}, in source order. */
  public static List<UnsupportedConstruct> check(Mod.Module module) {
    List<UnsupportedConstruct> found = new ArrayList<>();
    AstWalk.preorder(module.body(), node -> inspect(node, found));
    return List.copyOf(found);
  }

  private static void inspect(Record node, List<UnsupportedConstruct> found) {
    switch (node) {
      case Expr.Name n when n.ctx() == ExprContext.Load && DYNAMIC_BUILTINS.containsKey(n.id()) ->
          add(found, n, DYNAMIC_BUILTINS.get(n.id()));
      case Expr.Attribute a when FRAME_ATTRIBUTES.containsKey(a.attr()) ->
          add(found, a, FRAME_ATTRIBUTES.get(a.attr()));
      case Stmt.ClassDef c -> {
        for (Keyword k : c.keywords()) {
          if ("metaclass".equals(k.arg())) {
            add(found, k, "uses a metaclass (class " + c.name() + ")");
          }
        }
      }
      case Stmt.Import i ->
          i.names().forEach(alias -> unsupportedModule(found, i, alias.name()));
      case Stmt.ImportFrom f when f.module() != null && (f.level() == null || f.level() == 0) ->
          unsupportedModule(found, f, f.module());
      default -> {}
    }
  }

  private static void unsupportedModule(List<UnsupportedConstruct> found, Located at, String dotted) {
    String top = ImportNames.topLevel(dotted);
    if (UNSUPPORTED_MODULES.containsKey(top)) {
      add(found, at, UNSUPPORTED_MODULES.get(top));
    }
  }

  private static void add(List<UnsupportedConstruct> found, Located at, String message) {
    found.add(new UnsupportedConstruct(at.span().lineno(), at.span().colOffset(), message));
  }
}
