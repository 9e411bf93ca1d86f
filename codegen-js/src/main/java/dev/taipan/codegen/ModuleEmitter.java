package dev.taipan.codegen;

import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.scope.Scope;
import dev.taipan.frontend.scope.Symbol;
import dev.taipan.frontend.scope.SymbolTables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Generates one ES module from one Python module: runtime imports, the module's globals as JS
 * `let`s, the translated body, a module object for importers and the JS-to-Python line table.
 */
public final class ModuleEmitter {
  final SymbolTables tables;
  final String moduleName;
  final String pyFile;
  final ModuleLinker linker;
  final RuntimeImports imports = new RuntimeImports();
  final JsPrinter out = new JsPrinter();
  final ExpressionEmitter expressions = new ExpressionEmitter(this);
  final StatementEmitter statements = new StatementEmitter(this);
  final FunctionEmitter functions = new FunctionEmitter(this);
  final ComprehensionEmitter comprehensions = new ComprehensionEmitter(this);
  final AsyncEmitter async = new AsyncEmitter(this);
  final TargetEmitter targets = new TargetEmitter(this);
  final AttributeAccessors accessors = new AttributeAccessors(imports, this::temp);
  final MatchEmitter matches = new MatchEmitter(this);
  final NumericFastPaths numeric = new NumericFastPaths(this);
  final PairKeys pairKeys = new PairKeys(this);
  final RangeLoops ranges = new RangeLoops(this);
  final FloatKernels kernels = new FloatKernels(this);
  final SplitLoops splits = new SplitLoops(this);
  final FloatReturns floatReturns = new FloatReturns();
  final FrozenSetConstants frozenSets = new FrozenSetConstants();
  final NameResolver names;
  /** {@code from __future__ import annotations}: class annotations are stored as source text. */
  final boolean futureAnnotations;
  /** The module's docstring as a JS value: what a read of an unbound global `__doc__` gives. */
  final String docstring;
  private final Map<String, String> constants = new LinkedHashMap<>();
  /** User modules this module imports: JS alias -> relative path of the JS file. */
  final Map<String, String> userImports = new LinkedHashMap<>();
  private int counter;
  /** Whether the module registers its traceback marks (JsCodegen.generate). */
  boolean tracebackMarks = true;
  /** The module sets keys of globals(): names it does not bind are looked up there first. */
  final boolean setsGlobals;
  /** The emitted code reads the module's globals() object ({@link #GLOBALS}). */
  boolean usesGlobals;
  /** The JS constant holding the module's globals() object (internals/module-globals.js). */
  static final String GLOBALS = "$globals";
  /** The module's names as a NameError's suggestion reads them (internals/name-scope.js). */
  static final String NAME_SCOPE = "$moduleNames";
  /** Whether some NameError passes {@link #NAME_SCOPE}. */
  boolean usesNameScope;
  /** The local variable names NameErrors in functions pass, by list literal: their constants. */
  final java.util.Map<String, String> localNameLists = new java.util.LinkedHashMap<>();

  ModuleEmitter(SymbolTables tables, String moduleName, String pyFile, ModuleLinker linker, Mod.Module module) {
    this.tables = tables;
    this.moduleName = moduleName;
    this.pyFile = pyFile;
    this.linker = linker;
    this.setsGlobals = NamespaceCalls.setsGlobals(module);
    this.names = new NameResolver(this, setsGlobals ? Map.of() : stableFunctions(module), setsGlobals);
    this.futureAnnotations = hasFutureAnnotations(module);
    this.docstring = docstring(module);
  }

  private static boolean hasFutureAnnotations(Mod.Module module) {
    try {
      return dev.taipan.frontend.scope.FutureFeatures.of(module).contains("annotations");
    } catch (dev.taipan.frontend.scope.SymbolTableError e) {
      return false; // the symbol table pass reports bad future statements first
    }
  }

  /** A fresh temporary, declared in the JS function of `f`. */
  String temp(Frame f) {
    String t = "$t" + (++counter);
    f.tempOwner().temps.add(t);
    return t;
  }

  /** A fresh unique JS name with a readable stem. */
  String fresh(String stem) {
    return "$" + stem + (++counter);
  }

  /** Hoists an immutable constant (boxed floats) to module level. */
  String constant(String code) {
    return constants.computeIfAbsent(code, c -> "$c" + (constants.size() + 1));
  }

  /** The attribute name after private-name mangling inside a class. */
  String mangle(String attr, Frame f) {
    String cls = f.mangleClass();
    if (cls == null || !attr.startsWith("__") || attr.endsWith("__") || attr.contains(".")) {
      return attr;
    }
    String stripped = cls.replaceFirst("^_+", "");
    return stripped.isEmpty() ? attr : "_" + stripped + attr;
  }

  GeneratedModule emit(Mod.Module module, boolean entry, String runtimePrefix) {
    Scope top = tables.module();
    Frame frame = new Frame(top, null);
    frame.qualPrefix = "";
    frame.maybeUnbound = FindMaybeUnbound.in(module.body(), java.util.List.of());
    ranges.scan(module);
    names.setModuleFrame(frame);
    // CPython's SETUP_ANNOTATIONS (and __main__'s own `__annotations__`): a dict made when the
    // module starts, kept only where the module annotates a global or names `__annotations__`.
    String annotationsSetup = null;
    if (annotatesGlobals(module) || (entry && namesAnnotations(module))) {
      names.bindImplicitGlobal("__annotations__");
      annotationsSetup = JsNames.ident("__annotations__") + " = " + imports.ref("types/dict.js", "dictOf") + "();";
    }
    TreeSet<String> globals = new TreeSet<>();
    for (Symbol s : top.symbols()) {
      if (names.moduleBinds(s.name())) {
        globals.add(s.name());
      }
    }
    if (annotationsSetup != null) {
      globals.add("__annotations__");
    }
    if (!entry || NamespaceCalls.readsGlobals(module) || keepsStringAnnotations(module)) {
      // An imported module's globals can be seen before their statement runs (a circular
      // import sees the partial module), so each starts unbound and is read checked; so do
      // those of a module that reads globals(), which lists only the names bound so far, and
      // of one whose string annotations typing.get_type_hints may resolve at any time.
      frame.maybeUnbound.addAll(globals);
    }
    // A function called directly may be called before its `def` runs (from a function the module
    // calls earlier): its global starts unbound, so the fallback call raises NameError.
    frame.maybeUnbound.addAll(names.definedFunctions());
    int declSlot = out.reserve();
    String warnings = syntaxWarnings(module);
    if (entry) {
      if (warnings != null) {
        out.lineWithoutPosition(warnings);
      }
      if (annotationsSetup != null) {
        out.lineWithoutPosition(annotationsSetup);
      }
      // A block: V8 compares with the function declarations of direct calls in it
      // (NameResolver.definitionVariable) as with constants, not as with mutable module bindings.
      out.open("");
      statements.block(module.body(), frame);
      out.close();
    } else {
      loadFunction(module, frame, globals, annotationsSetup, warnings);
    }
    List<String> decl = new ArrayList<>();
    for (String g : globals) {
      String initial = initialValue(g);
      decl.add(JsNames.ident(g) + (initial != null ? " = " + initial
          : frame.maybeUnbound.contains(g) ? " = " + imports.ref("internals/names.js", "UNBOUND") : ""));
    }
    decl.addAll(frame.temps);
    if (!entry) {
      decl.add(LOAD_STATE + " = 0");
    }
    String declText = decl.isEmpty() ? "" : "let " + String.join(", ", decl) + ";";
    if (usesGlobals || setsGlobals) {
      declText += (declText.isEmpty() ? "" : " ") + "const " + GLOBALS + " = "
          + imports.ref("internals/module-globals.js", "moduleGlobals") + "(" + JsNames.string(moduleName) + ", " + entry
          + ", " + docstring(module) + ", " + (entry || annotatesGlobals(module)) + ", " + accessorObject(globals)
          + (isPackage() ? ", true" : "") + ");";
    }
    if (keepsStringAnnotations(module)) {
      declText += (declText.isEmpty() ? "" : " ") + imports.ref("internals/module-namespaces.js", "registerNamespace") + "("
          + JsNames.string(moduleName) + ", " + accessorObject(globals) + ");";
    }
    if (usesNameScope) {
      declText += (declText.isEmpty() ? "" : " ") + "const " + NAME_SCOPE + " = " + imports.ref("internals/name-scope.js", "nameScope")
          + "(" + JsNames.string(moduleName) + ", " + (usesGlobals || setsGlobals ? "null, " + GLOBALS : accessorObject(globals)) + ");";
      for (var e : localNameLists.entrySet()) {
        declText += " const " + e.getValue() + " = " + e.getKey() + ";";
      }
    }
    out.fill(declSlot, declText, 0);
    // The module object: attribute access from importers reads and writes the live globals.
    // With globals(), the module's attributes are its namespace's str-keyed entries.
    String mod = "export const $module = " + imports.ref("internals/attribute.js", "makeModule") + "(" + JsNames.string(moduleName)
        + ", " + (usesGlobals || setsGlobals ? GLOBALS + ".names" : accessorObject(globals)) + ", " + JsNames.string(pyFile)
        + ", " + docstring(module) + (usesGlobals || setsGlobals ? ", " + GLOBALS : "") + ");";
    JsPrinter.Result body = out.finish();

    StringBuilder header = new StringBuilder();
    header.append("// Generated by Taipan from ").append(pyFile).append(". Do not edit.\n");
    imports.load("internals/startup.js");
    if (readsCodeObjects(module)) {
      imports.load("internals/code-object.js");
    }
    if (readsAttribute(module, "__doc__")) {
      imports.load("internals/builtin-docs.js");
    }
    if (BuiltinOwnAttributes.mayBeRead(module)) {
      imports.load("types/builtin-own-attrs.js");
    }
    String registerLines = imports.ref("internals/traceback.js", "registerLines");
    String importText = imports.render(runtimePrefix);
    header.append(importText);
    header.append(accessors.render());
    for (var e : userImports.entrySet()) {
      header.append("import { $module as ").append(e.getKey()).append(", $load as ").append(loadAlias(e.getKey()))
          .append(" } from '").append(e.getValue()).append("';\n");
    }
    for (var e : constants.entrySet()) {
      header.append("const ").append(e.getValue()).append(" = ").append(JsPrinter.unmarked(e.getKey())).append(";\n");
    }
    int headerLines = (int) header.chars().filter(c -> c == '\n').count() + 1;
    List<Integer> table = new ArrayList<>();
    for (int i = 0; i < headerLines; i++) {
      table.add(0);
    }
    table.addAll(body.pyLines());
    StringBuilder tableText = new StringBuilder();
    for (int i = 0; i < table.size(); i++) {
      tableText.append(i == 0 ? "" : ",").append(table.get(i));
    }
    header.append(registerLines).append("(import.meta.url, ").append(JsNames.string(pyFile)).append(", [")
        .append(tableText).append("], ").append(JsNames.string(moduleName)).append(", ")
        .append(JsNames.string(tracebackMarks ? positionTable(headerLines, body.positions()) : "")).append(");\n");
    String js = header + body.text() + mod + "\n";
    return new GeneratedModule(js, imports.files(), new ArrayList<>(userImports.values()));
  }

  /**
   * The marked ranges of the body as text read only when a traceback is printed
   * (internals/traceback.js): entries separated by ';', each the JS line (as a step from the
   * previous entry's), start column, length, Python line (as a step from the previous entry's),
   * column, number of further lines, end column, anchor kind (JsPrinter.Anchor's ordinal) and
   * its two numbers.
   */
  static String positionTable(int firstLine, List<List<JsPrinter.Position>> positions) {
    StringBuilder b = new StringBuilder();
    int jsLine = 0;
    int pyLine = 0;
    for (int i = 0; i < positions.size(); i++) {
      for (JsPrinter.Position p : positions.get(i)) {
        int line = firstLine + i + 1;
        var s = p.mark().span();
        if (!b.isEmpty()) {
          b.append(';');
        }
        b.append(line - jsLine).append(',').append(p.start()).append(',').append(p.end() - p.start()).append(',')
            .append(s.lineno() - pyLine).append(',').append(s.colOffset()).append(',')
            .append(s.endLineno() - s.lineno()).append(',').append(s.endColOffset()).append(',')
            .append(p.mark().anchor().ordinal()).append(',').append(p.mark().a()).append(',').append(p.mark().b());
        jsLine = line;
        pyLine = s.lineno();
      }
    }
    return b.toString();
  }

  /** Whether the module is a package's `__init__.py` (its namespace has `__path__`). */
  private boolean isPackage() {
    return pyFile != null && (pyFile.endsWith("/__init__.py") || pyFile.equals("__init__.py"));
  }

  /**
   * What a global holds before the module's code binds it: `__name__` and `__doc__` exist from
   * the module's start (a module that assigns them later still reads them before), the others
   * are unbound (null).
   */
  private String initialValue(String global) {
    return switch (global) {
      case "__name__" -> JsNames.string(moduleName);
      case "__doc__" -> docstring;
      default -> null;
    };
  }

  /** A JS object with a getter and a setter per global, which read and write its `let`. */
  private static String accessorObject(TreeSet<String> globals) {
    StringBuilder b = new StringBuilder("{");
    boolean first = true;
    for (String g : globals) {
      String id = JsNames.ident(g);
      b.append(first ? " " : ", ").append("get ").append(JsNames.string(g)).append("() { return ").append(id)
          .append("; }, set ").append(JsNames.string(g)).append("(v) { ").append(id).append(" = v; }");
      first = false;
    }
    return b.append(first ? "}" : " }").toString();
  }

  /** The module's docstring as a JS value (None without one). */
  private static String docstring(Mod.Module module) {
    if (!module.body().isEmpty() && module.body().get(0) instanceof Stmt.Expr e
        && e.value() instanceof dev.taipan.frontend.ast.Expr.Constant c && c.value() instanceof dev.taipan.frontend.ast.ConstantValue.StrValue str) {
      return JsNames.string(str.value());
    }
    return "undefined";
  }

  /**
   * Whether the module holds an annotation that is (or contains) a string, or any annotation
   * under future annotations: typing.get_type_hints then resolves names in the module's globals.
   */
  private boolean keepsStringAnnotations(Mod.Module module) {
    boolean[] found = {false};
    java.util.function.Consumer<dev.taipan.frontend.ast.Expr> check = ann -> {
      if (ann == null || found[0]) {
        return;
      }
      if (futureAnnotations) {
        found[0] = true;
        return;
      }
      AstNodes.preorder(ann, x -> {
        if (x instanceof dev.taipan.frontend.ast.Expr.Constant c && c.value() instanceof dev.taipan.frontend.ast.ConstantValue.StrValue) {
          found[0] = true;
        }
      });
    };
    AstNodes.preorder(module.body(), n -> {
      switch (n) {
        case Stmt.AnnAssign a -> check.accept(a.annotation());
        case Stmt.FunctionDef d -> {
          FunctionAnnotations.entries(d.args(), d.returns()).forEach(e -> check.accept(e.annotation()));
        }
        case Stmt.AsyncFunctionDef d -> {
          FunctionAnnotations.entries(d.args(), d.returns()).forEach(e -> check.accept(e.annotation()));
        }
        default -> {}
      }
    });
    return found[0];
  }

  /** Whether any code of the module names `__annotations__`. */
  private static boolean namesAnnotations(Mod.Module module) {
    boolean[] found = {false};
    AstNodes.preorder(module.body(), n -> {
      if (n instanceof dev.taipan.frontend.ast.Expr.Name x && x.id().equals("__annotations__")) {
        found[0] = true;
      }
    });
    return found[0];
  }

  /** Whether the module's own code holds an annotated assignment (CPython then gives it `__annotations__`). */
  private static boolean annotatesGlobals(Mod.Module module) {
    boolean[] found = {false};
    AstNodes.preorderPruned(module.body(), n -> {
      if (n instanceof Stmt.AnnAssign) {
        found[0] = true;
      }
    }, n -> n instanceof Stmt.FunctionDef || n instanceof Stmt.ClassDef || n instanceof Stmt.AsyncFunctionDef);
    return found[0];
  }

  /** The JS name of a user module's `$load`, from the name of its `$module` (`$m_util` -> `$l_util`). */
  static String loadAlias(String moduleAlias) {
    return "$l_" + moduleAlias.substring("$m_".length());
  }

  /** Where an imported module's `$load` stands: 0 not run (or failed), 1 running, 2 done. */
  private static final String LOAD_STATE = "$loaded";

  /**
   * An imported module's body as `export function $load()`, which importers call where their
   * import statement stands (Python runs a module's body at its first import, not at program
   * start). The first call marks the module as loading, so a circular import gets the partial
   * module, and runs the body; later calls return the module. When the body raises, the module
   * goes back to its unloaded state with every global unbound (CPython drops it from
   * sys.modules), so the next import runs the body again.
   */
  /** The call printing the module's compile-time SyntaxWarnings (SyntaxWarnings), or null without any. */
  private String syntaxWarnings(Mod.Module module) {
    List<SyntaxWarnings.Warning> found = SyntaxWarnings.of(module.body(), futureAnnotations);
    if (found.isEmpty()) {
      return null;
    }
    List<String> items = new ArrayList<>();
    for (SyntaxWarnings.Warning w : found) {
      items.add(w.line() + ", " + JsNames.string(w.message()));
    }
    return imports.ref("internals/syntax-warnings.js", "syntaxWarnings") + "(" + JsNames.string(pyFile) + ", ["
        + String.join(", ", items) + "]);";
  }

  private void loadFunction(Mod.Module module, Frame frame, TreeSet<String> globals, String annotationsSetup, String warnings) {
    String unbound = imports.ref("internals/names.js", "UNBOUND");
    out.open("export function $load()");
    out.line("if (" + LOAD_STATE + " !== 0) return $module;");
    out.line(LOAD_STATE + " = 1;");
    if (warnings != null) {
      // CPython compiles a module when it is first imported, before its body runs.
      out.lineWithoutPosition(warnings);
    }
    out.line("$module.$loading = true;");
    out.open("try");
    if (annotationsSetup != null) {
      out.lineWithoutPosition(annotationsSetup);
    }
    statements.block(module.body(), frame);
    String caught = fresh("e");
    out.middle("} catch (" + caught + ") {");
    out.line(LOAD_STATE + " = 0;");
    for (String g : globals) {
      String initial = initialValue(g);
      out.line(JsNames.ident(g) + " = " + (initial != null ? initial : unbound) + ";");
    }
    out.line("throw " + caught + ";");
    out.middle("} finally {");
    out.line("$module.$loading = false;");
    out.close();
    out.line(LOAD_STATE + " = 2;");
    out.line("return $module;");
    out.close();
  }

  /** Module-level functions bound exactly once, by an undecorated `def` with a simple signature. */
  /** Whether the module reads `__code__`, whose objects a runtime file of their own makes. */
  private static boolean readsCodeObjects(Mod.Module module) {
    boolean[] found = {false};
    AstNodes.preorder(module.body(), n -> {
      if (n instanceof dev.taipan.frontend.ast.Expr.Attribute a && a.attr().equals("__code__")) {
        found[0] = true;
      }
    });
    return found[0];
  }

  /** Whether the module reads attribute `name` of anything (builtin functions get their docstrings only then). */
  private static boolean readsAttribute(Mod.Module module, String name) {
    boolean[] found = {false};
    AstNodes.preorder(module.body(), n -> {
      if (n instanceof dev.taipan.frontend.ast.Expr.Attribute a && a.attr().equals(name)) {
        found[0] = true;
      }
    });
    return found[0];
  }

  private static Map<String, Integer> stableFunctions(Mod.Module module) {
    Map<String, Integer> defs = new HashMap<>();
    Map<String, Integer> bindings = new HashMap<>();
    for (Stmt s : module.body()) {
      countBindings(s, bindings, defs);
    }
    Map<String, Integer> stable = new HashMap<>();
    for (var e : defs.entrySet()) {
      if (bindings.getOrDefault(e.getKey(), 0) == 1) {
        stable.put(e.getKey(), e.getValue());
      }
    }
    return stable;
  }

  private static void countBindings(Stmt s, Map<String, Integer> bindings, Map<String, Integer> defs) {
    AstNodes.preorder(s, node -> {
      switch (node) {
        case Stmt.FunctionDef f -> {
          bindings.merge(f.name(), 1, Integer::sum);
          var a = f.args();
          if (f.decoratorList().isEmpty() && a.vararg() == null && a.kwarg() == null && a.kwonlyargs().isEmpty()
              && module(s, f)) {
            defs.put(f.name(), a.posonlyargs().size() + a.args().size());
          }
        }
        case Stmt.AsyncFunctionDef f -> bindings.merge(f.name(), 1, Integer::sum);
        case Stmt.ClassDef c -> bindings.merge(c.name(), 1, Integer::sum);
        case Expr.Name n when n.ctx() != dev.taipan.frontend.ast.ExprContext.Load -> bindings.merge(n.id(), 2, Integer::sum);
        case dev.taipan.frontend.ast.Alias a -> bindings.merge(a.asname() != null ? a.asname() : a.name().split("\\.")[0], 2, Integer::sum);
        case Stmt.Global g -> g.names().forEach(n -> bindings.merge(n, 2, Integer::sum));
        default -> {}
      }
    });
  }

  private static boolean module(Stmt top, Stmt.FunctionDef f) {
    return top == f;
  }
}
