package dev.taipan.codegen;

import dev.taipan.frontend.ast.Comprehension;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Keyword;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.ast.Stmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The single list of constructs the JavaScript generator does not translate exactly; the
 * compiler refuses them and the router sends their modules to Pyodide instead.
 */
public final class CheckUnsupportedFeatures {
  private static final Map<String, String> DYNAMIC_BUILTINS =
      Map.of(
          "exec", "exec()",
          "eval", "eval()",
          "compile", "compile()",
          "__import__", "__import__()",
          "breakpoint", "breakpoint()",
          "memoryview", "memoryview()",
          "bytearray", "bytearray()");

  private static final Set<String> FRAME_ATTRIBUTES =
      Set.of("_getframe", "f_back", "f_locals", "f_globals", "tb_frame", "gi_frame", "settrace", "setprofile");

  /** Methods whose codec argument decides whether the runtime implements the call. */
  private static final Set<String> CODEC_METHODS = Set.of("encode", "decode");

  private static final Set<String> UNSUBCLASSABLE =
      Set.of("bytes", "frozenset", "range");

  /** What a program may read from a code object (runtime-js internals/code-object.js answers these). */
  static final Set<String> CODE_ATTRIBUTES =
      Set.of("co_name", "co_qualname", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount");

  /** The enum classes whose call with member names creates a class (the functional API). */
  private CheckUnsupportedFeatures() {}

  /** The unsupported constructs of a module, in source order; imports are checked with {@code importable}. */
  public static List<UnsupportedConstruct> find(Mod.Module module, Predicate<String> importable) {
    List<UnsupportedConstruct> found = new ArrayList<>();
    Set<Expr> calledCodecMethods = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Expr> superInComprehension = Collections.newSetFromMap(new IdentityHashMap<>());
    boolean futureAnnotations = futureAnnotations(module);
    Set<Expr> readCodeObjects = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Expr> namespaceReads = NamespaceCalls.accepted(module);
    boolean setsGlobals = NamespaceCalls.setsGlobals(module);
    found.addAll(ClassAnnotations.unsupported(module.body(), futureAnnotations));
    found.addAll(CheckModuleDictUse.find(module));
    AstNodes.preorder(module.body(), node -> {
      inspectCodecUse(node, found, calledCodecMethods);
      inspectCodeObjectUse(node, found, readCodeObjects);
      inspect(node, found, importable, namespaceReads);
      if (setsGlobals && node instanceof Expr.Call c && isSuperCall(c) && c.args().isEmpty() && c.keywords().isEmpty()) {
        // Such a module reads `super` through its namespace, which a key may rebind.
        add(found, "super() without arguments in a module that sets keys of globals()", c.span());
      }
      if (node instanceof Stmt.ClassDef c) {
        found.addAll(ClassAnnotations.unsupported(c.body(), futureAnnotations));
      }
      if (futureAnnotations && node instanceof Stmt.FunctionDef d) {
        found.addAll(FunctionAnnotations.unsupported(d.args(), d.returns()));
      }
      if (futureAnnotations && node instanceof Stmt.AsyncFunctionDef d) {
        found.addAll(FunctionAnnotations.unsupported(d.args(), d.returns()));
      }
      inspectSuperInComprehension(node, found, superInComprehension);
    });
    return List.copyOf(found);
  }

  private static boolean futureAnnotations(Mod.Module module) {
    try {
      return dev.taipan.frontend.scope.FutureFeatures.of(module).contains("annotations");
    } catch (dev.taipan.frontend.scope.SymbolTableError e) {
      return false; // the symbol table pass reports bad future statements
    }
  }

  /** The unsupported constructs of a module, not counting imports. */
  public static List<UnsupportedConstruct> find(Mod.Module module) {
    return find(module, m -> true);
  }

  private static void inspect(Record node, List<UnsupportedConstruct> found, Predicate<String> importable,
      Set<Expr> namespaceReads) {
    switch (node) {
      case Expr.Name n when n.ctx() == ExprContext.Load && namespaceReads.contains(n) -> {}
      case Expr.Name n when n.ctx() == ExprContext.Load && (n.id().equals("globals") || n.id().equals("locals")) ->
          add(found, n.id().equals("globals")
              ? "globals() other than reading, testing or setting one key (its other entries and order differ)"
              : "locals() other than reading or testing one key, sorted() or len() in a function body (its other entries and order differ)",
              n.span());
      case Expr.Name n when n.ctx() == ExprContext.Load && DYNAMIC_BUILTINS.containsKey(n.id()) ->
          add(found, DYNAMIC_BUILTINS.get(n.id()), n.span());
      case Expr.Attribute a when FRAME_ATTRIBUTES.contains(a.attr()) ->
          add(found, "frame introspection (" + a.attr() + ")", a.span());
      case Stmt.ClassDef c -> {
        for (Expr b : c.bases()) {
          if (b instanceof Expr.Name n && UNSUBCLASSABLE.contains(n.id())) {
            add(found, "subclassing built-in type '" + n.id() + "'", b.span());
          }
        }
        if (!c.bases().isEmpty()) {
          inspectMemberTuples(c, found);
        }
      }
      case Stmt.TryStar t -> CheckExceptStarExits.find(t,
          span -> add(found, "break, continue or return leaving an except* block", span));
      case Stmt.TypeAlias t -> add(found, "type statement", t.span());
      case Stmt.ImportFrom f -> {
        if (f.names().stream().anyMatch(a -> a.name().equals("*"))) {
          add(found, "from ... import *", f.span());
        } else if (f.module() != null && (f.level() == null || f.level() == 0) && !f.module().equals("__future__")
            && !importable.test(f.module())) {
          add(found, "import of module '" + f.module() + "'", f.span());
        }
      }
      case Stmt.Import i -> {
        for (var a : i.names()) {
          if (!importable.test(a.name())) {
            add(found, "import of module '" + a.name() + "'", a.span());
          }
        }
      }
      default -> {}
    }
  }

  /**
   * `Enum('Name', 'A B')`: CPython names the new class's module after the calling frame's
   * globals unless `module=` is given, which the emitted code cannot know.
   */
  private static boolean isSuperCall(Expr.Call c) {
    return c.func() instanceof Expr.Name n && n.id().equals("super");
  }

  /**
   * Zero-argument super() in a comprehension: CPython 3.11 passes the comprehension's hidden
   * iterator argument as super()'s second argument, which the emitted code does not model.
   * The outermost iterable runs in the enclosing scope and is not affected.
   */
  private static void inspectSuperInComprehension(Record node, List<UnsupportedConstruct> found, Set<Expr> seen) {
    List<Comprehension> generators = switch (node) {
      case Expr.ListComp c -> c.generators();
      case Expr.SetComp c -> c.generators();
      case Expr.DictComp c -> c.generators();
      case Expr.GeneratorExp c -> c.generators();
      default -> null;
    };
    if (generators == null) {
      return;
    }
    Set<Expr> outside = Collections.newSetFromMap(new IdentityHashMap<>());
    AstNodes.preorder(generators.get(0).iter(), n -> {
      if (n instanceof Expr e) {
        outside.add(e);
      }
    });
    AstNodes.preorder(node, n -> {
      if (n instanceof Expr.Call c && isSuperCall(c) && c.args().isEmpty() && c.keywords().isEmpty()
          && !outside.contains(c) && seen.add(c)) {
        add(found, "super() without arguments in a comprehension", c.span());
      }
    });
  }

  /**
   * Text codecs: encode/decode calls and bytes(s, ...) / str(b, ...) must name a codec and
   * error handler the runtime implements; an encode/decode method taken as a value could be
   * called with any codec, so it is refused. Call nodes come before their callee in preorder.
   */
  private static void inspectCodecUse(Record node, List<UnsupportedConstruct> found, Set<Expr> called) {
    switch (node) {
      case Expr.Call c when c.func() instanceof Expr.Attribute a && CODEC_METHODS.contains(a.attr()) -> {
        called.add(a);
        String bad = CodecArguments.check(c, a.attr() + "()", a.attr().equals("encode"), 0);
        if (bad != null) {
          add(found, bad, c.span());
        }
      }
      case Expr.Call c when c.func() instanceof Expr.Name n && (n.id().equals("bytes") || n.id().equals("str")) -> {
        String bad = CodecArguments.check(c, n.id() + "()", n.id().equals("bytes"), 1);
        if (bad != null) {
          add(found, bad, c.span());
        }
      }
      case Expr.Call c when c.func() instanceof Expr.Name n && n.id().equals("open") -> {
        called.add(n);
        String bad = CodecArguments.checkOpen(c);
        if (bad != null) {
          add(found, bad, c.span());
        }
      }
      case Expr.Name n when n.id().equals("open") && n.ctx() == ExprContext.Load && !called.contains(n) ->
          add(found, "open used other than in a direct call", n.span());
      case Expr.Attribute a when CODEC_METHODS.contains(a.attr()) && a.ctx() == ExprContext.Load && !called.contains(a) ->
          add(found, "." + a.attr() + " used other than in a direct call", a.span());
      default -> {}
    }
  }

  /**
   * `f.__code__` is allowed only as the object of a read of one of {@link #CODE_ATTRIBUTES}
   * (`f.__code__.co_argcount`): the code object has no bytecode, names or line numbers. The
   * outer attribute comes before the inner one in preorder.
   */
  private static void inspectCodeObjectUse(Record node, List<UnsupportedConstruct> found, Set<Expr> allowed) {
    if (node instanceof Expr.Attribute a) {
      if (a.value() instanceof Expr.Attribute inner && inner.attr().equals("__code__") && a.ctx() == ExprContext.Load
          && CODE_ATTRIBUTES.contains(a.attr())) {
        allowed.add(inner);
      } else if (a.attr().equals("__code__") && !allowed.contains(a)) {
        add(found, "code objects (__code__)", a.span());
      }
    }
  }

  /**
   * A StrEnum member written as {@code NAME = b'...', 'codec'[, 'errors']} is
   * {@code str(b'...', 'codec', 'errors')}: its codec must be one the runtime implements. Any
   * class with bases may be a StrEnum, so such tuples are checked in all of them.
   */
  private static void inspectMemberTuples(Stmt.ClassDef c, List<UnsupportedConstruct> found) {
    for (Stmt s : c.body()) {
      if (s instanceof Stmt.Assign a && a.value() instanceof Expr.Tuple t && (t.elts().size() == 2 || t.elts().size() == 3)
          && isBytesLiteral(t.elts().get(0))) {
        String bad = CodecArguments.unsupported("enum member (bytes, encoding)", t.elts().get(1),
            t.elts().size() == 3 ? t.elts().get(2) : null, false);
        if (bad != null) {
          add(found, bad, t.span());
        }
      }
    }
  }

  private static boolean isBytesLiteral(Expr e) {
    return e instanceof Expr.Constant c && c.value() instanceof ConstantValue.BytesValue;
  }

  private static void add(List<UnsupportedConstruct> found, String construct, Span span) {
    found.add(new UnsupportedConstruct(construct, span));
  }
}
