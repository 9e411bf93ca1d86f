package dev.taipan.codegen;

import dev.taipan.frontend.scope.Scope;
import dev.taipan.frontend.scope.Symbol;
import dev.taipan.frontend.scope.SymbolFlag;
import dev.taipan.frontend.scope.SymbolScope;
import java.util.Map;

/**
 * Decides how each Python name is read and written, from the symbol tables: JS locals for
 * function and module variables (closures are JS closures), the namespace object for class
 * bodies, runtime exports for builtins, and a NameError for names bound nowhere.
 */
final class NameResolver {
  private final ModuleEmitter m;
  /** Module-level functions bound once by a plain `def`: name -> number of parameters (simple signatures only). */
  private final Map<String, Integer> stableFunctions;

  /** The module sets keys of globals(): a name it does not bind may be bound there at run time. */
  private final boolean dynamicGlobals;

  NameResolver(ModuleEmitter m, Map<String, Integer> stableFunctions, boolean dynamicGlobals) {
    this.m = m;
    this.stableFunctions = stableFunctions;
    this.dynamicGlobals = dynamicGlobals;
  }

  /** Globals the module has without a statement binding them (`__annotations__`, made when the module starts). */
  private final java.util.Set<String> implicitGlobals = new java.util.HashSet<>();

  void bindImplicitGlobal(String name) {
    implicitGlobals.add(name);
  }

  /** Whether the module binds `name` (assignment, def, class, import, or `global` in a function). */
  boolean moduleBinds(String name) {
    if (implicitGlobals.contains(name)) {
      return true;
    }
    Symbol s = m.tables.module().symbol(name);
    if (s == null) {
      return false;
    }
    int fl = s.flags();
    return SymbolFlag.DEF_LOCAL.in(fl) || SymbolFlag.DEF_IMPORT.in(fl) || SymbolFlag.DEF_GLOBAL.in(fl)
        || SymbolFlag.DEF_PARAM.in(fl);
  }

  private Symbol symbol(Frame f, String name) {
    return f.scope.lookup(name);
  }

  /** Whether `name` in frame `f` means the builtin of that name. */
  boolean isBuiltin(String name, Frame f) {
    if (f.isClass()) {
      // A class body reads names through its namespace first, which __prepare__ may fill.
      return false;
    }
    Symbol s = symbol(f, name);
    if (s != null && (s.isLocal() || s.isFree()) && !f.isModule()) {
      return false;
    }
    return !moduleBinds(name) && !dynamicGlobals;
  }

  /** Whether `name` in frame `f` is not bound by any enclosing scope or the module's statements. */
  boolean isBuiltinOrDynamic(String name, Frame f) {
    Symbol s = symbol(f, name);
    if (s != null && (s.isLocal() || s.isFree()) && !f.isModule()) {
      return false;
    }
    return !moduleBinds(name);
  }

  /** A read of a JS variable that may hold the unbound marker: raises as CPython does. */
  private String checked(String name, int kind) {
    return checked(name, kind, "");
  }

  /** {@link #checked}, with the arguments of a NameError's suggestion ({@link #suggestionArguments}). */
  private String checked(String name, int kind, String suggest) {
    String id = JsNames.ident(name);
    return "(" + id + " === " + m.imports.ref("internals/names.js", "UNBOUND") + " ? " + m.imports.ref("internals/names.js", "unbound")
        + "(" + JsNames.string(name) + ", " + kind + suggest + ") : " + id + ")";
  }

  /**
   * What a NameError raised in frame {@code f} passes for CPython's "Did you mean" suggestion
   * (internals/suggestions.js): the module's name scope and, in a function, its local variable
   * names as CPython's co_varnames lists them (parameters, then the other non-cell locals in
   * the order the block first names them), bound or not.
   */
  private String suggestionArguments(Frame f) {
    m.usesNameScope = true;
    if (f == null || !f.scope.kind().isFunctionLike()) {
      return ", " + ModuleEmitter.NAME_SCOPE;
    }
    java.util.List<String> names = new java.util.ArrayList<>(f.scope.parameters());
    for (Symbol s : f.scope.symbols()) {
      if (s.scope() == SymbolScope.LOCAL && !names.contains(s.name())) {
        names.add(s.name());
      }
    }
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < names.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(JsNames.string(names.get(i)));
    }
    // One module-level constant per distinct list, so each raise site names it.
    String list = b.append("]").toString();
    String constant = m.localNameLists.computeIfAbsent(list, k -> "$localNames" + m.localNameLists.size());
    return ", " + ModuleEmitter.NAME_SCOPE + ", " + constant;
  }

  /** The frame of the function (or module) scope that owns a variable read from `f`. */
  private static Frame owner(Frame f, String name) {
    for (Frame x = f; x != null; x = x.parent) {
      if (x.isClass()) {
        continue;
      }
      Symbol s = x.scope.lookup(name);
      if (s != null && (s.scope() == SymbolScope.LOCAL || s.scope() == SymbolScope.CELL) && !x.isModule()) {
        return x;
      }
    }
    return null;
  }

  private Frame moduleFrame;

  void setModuleFrame(Frame f) {
    moduleFrame = f;
  }

  /**
   * The module's `__name__` as a new class or function records it in `__module__`. A class body
   * reads the name (LOAD_NAME: builtins' 'builtins' once the module deleted its own), a function
   * takes the globals' entry (None once deleted).
   */
  String currentModuleName(boolean forClass) {
    if (!moduleBinds("__name__") && !dynamicGlobals) {
      return JsNames.string(m.moduleName);
    }
    if (forClass) {
      return global("__name__");
    }
    if (!moduleBinds("__name__")) {
      m.usesGlobals = true;
      return ModuleEmitter.GLOBALS + ".load('__name__', null)";
    }
    if (moduleFrame != null && moduleFrame.maybeUnbound.contains("__name__")) {
      return "(__name__ === " + m.imports.ref("internals/names.js", "UNBOUND") + " ? null : __name__)";
    }
    return JsNames.ident("__name__");
  }

  private String global(String name) {
    return global(name, null);
  }

  /** A read of global {@code name} from frame {@code f} (null: the module's own code). */
  private String global(String name, Frame f) {
    if (dynamicGlobals && !moduleBinds(name)) {
      m.usesGlobals = true;
      BuiltinNames.Export b = BuiltinNames.lookupValue(name);
      return ModuleEmitter.GLOBALS + ".load(" + JsNames.string(name) + ", "
          + (b != null ? m.imports.ref(b.file(), b.name()) : m.imports.ref("internals/names.js", "UNBOUND")) + ")";
    }
    if (name.equals("__name__") && !moduleBinds(name)) {
      return JsNames.string(m.moduleName);
    }
    // Every module has __doc__: its docstring, or None.
    if (name.equals("__doc__") && !moduleBinds(name) && !deleting) {
      return m.docstring;
    }
    BuiltinNames.Export b = BuiltinNames.lookupValue(name);
    if (moduleBinds(name)) {
      if (moduleFrame != null && moduleFrame.maybeUnbound.contains(name)) {
        // A global that shadows a builtin (`len = len`, or after `del len`) reads the builtin
        // while the global is unbound, as CPython's LOAD_GLOBAL/LOAD_NAME fall back to builtins.
        if (b != null && !deleting) {
          String id = JsNames.ident(name);
          return "(" + id + " === " + m.imports.ref("internals/names.js", "UNBOUND") + " ? " + m.imports.ref(b.file(), b.name())
              + " : " + id + ")";
        }
        return checked(name, 0, suggestionArguments(f));
      }
      return JsNames.ident(name);
    }
    if (b != null) {
      return m.imports.ref(b.file(), b.name());
    }
    return m.imports.ref("internals/names.js", "nameError") + "(" + JsNames.string(name) + suggestionArguments(f) + ")";
  }

  private boolean deleting;

  /** The read `del name` performs first: like {@link #load}, but an unbound global never means the builtin. */
  String loadForDelete(String name, Frame f) {
    deleting = true;
    try {
      return load(name, f);
    } finally {
      deleting = false;
    }
  }

  /** Like {@link #load}, for a read proven bound (DefiniteAssignment): a plain local is read unchecked. */
  String loadBound(String name, Frame f) {
    Symbol s = symbol(f, name);
    if (!f.isModule() && !f.isClass() && s != null && s.scope() == SymbolScope.LOCAL) {
      return JsNames.ident(f.scope.mangle(name));
    }
    return load(name, f);
  }

  /**
   * CPython 3.11's builtins that the runtime does not provide (and that no other check refuses):
   * reading one where it means the builtin would raise NameError where CPython succeeds.
   */
  private static final java.util.Set<String> MISSING_BUILTINS = java.util.Set.of(
      "aiter", "anext", "help", "copyright", "credits", "license", "UnicodeTranslateError",
      "__build_class__", "__loader__", "__package__", "__spec__");

  /**
   * Entries CPython's module namespace starts with that the runtime's modules lack: the file's
   * path (known only where the program runs), the bytecode cache's path, the builtins module or
   * dict. Reading one the module does not bind would raise NameError where CPython succeeds.
   */
  static final java.util.Set<String> MISSING_MODULE_ENTRIES = java.util.Set.of("__file__", "__cached__", "__builtins__");

  /** Whether reading `name` in `f` reads a CPython builtin (or module entry) that the runtime lacks. */
  boolean readsMissingBuiltin(String name, Frame f) {
    if (!(MISSING_BUILTINS.contains(name) || MISSING_MODULE_ENTRIES.contains(name)) || moduleBinds(name)) {
      return false;
    }
    Symbol s = symbol(f, name);
    return f.isModule() || s == null || s.scope() == SymbolScope.GLOBAL_EXPLICIT || s.scope() == SymbolScope.GLOBAL_IMPLICIT;
  }

  /** A JS expression reading `name`. */
  String load(String name, Frame f) {
    Symbol s = symbol(f, name);
    String mangled = f.scope.mangle(name);
    if (f.isModule()) {
      return global(name, f);
    }
    if (f.isClass()) {
      String ns = f.nsVar;
      String fallback;
      if (s != null && s.scope() == SymbolScope.FREE) {
        fallback = JsNames.ident(mangled);
      } else if (s != null && s.scope() == SymbolScope.GLOBAL_EXPLICIT) {
        return hidden(f, mangled) ? hiddenGlobal(mangled) : global(mangled, f);
      } else {
        fallback = global(mangled, f);
      }
      // LOAD_NAME: the namespace first, whatever the body assigns, since the namespace starts
      // with __module__ and __qualname__ and a metaclass's __prepare__ may fill it.
      String key = JsNames.string(mangled);
      return "(" + key + " in " + ns + " ? " + ns + "[" + key + "] : " + fallback + ")";
    }
    if (s == null) {
      return global(mangled, f);
    }
    return switch (s.scope()) {
      case LOCAL, CELL -> f.maybeUnbound.contains(mangled) ? checked(mangled, 1) : JsNames.ident(mangled);
      case FREE -> {
        Frame o = owner(f.parent, mangled);
        String cell = o == null && mangled.equals("__class__") ? classCell(f) : null;
        if (cell != null) {
          // The implicit __class__ cell of a method: the class once created, unbound before.
          yield "(" + cell + " === undefined ? " + m.imports.ref("internals/names.js", "unbound")
              + "('__class__', 2) : " + cell + ")";
        }
        yield o != null && o.maybeUnbound.contains(mangled) ? checked(mangled, 2, suggestionArguments(f)) : JsNames.ident(mangled);
      }
      case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> hidden(f, mangled) ? hiddenGlobal(mangled) : global(mangled, f);
    };
  }

  /**
   * Whether a function enclosing `f` has a JS variable named like the global `name`: the
   * module's variable is then out of lexical reach (`def outer(): x = 1; def f(): global x`),
   * and `f` reaches the global through the module's namespace.
   */
  private static boolean hidden(Frame f, String name) {
    for (Frame x = f.parent; x != null && !x.isModule(); x = x.parent) {
      if (x.isClass()) {
        continue;
      }
      Symbol s = x.scope.lookup(name);
      if (s != null && (s.scope() == SymbolScope.LOCAL || s.scope() == SymbolScope.CELL)) {
        return true;
      }
    }
    return false;
  }

  /** A read of a global out of lexical reach ({@link #hidden}): through the module's namespace. */
  private String hiddenGlobal(String name) {
    m.usesGlobals = true;
    BuiltinNames.Export b = deleting ? null : BuiltinNames.lookupValue(name);
    return ModuleEmitter.GLOBALS + ".load(" + JsNames.string(name) + ", "
        + (b != null ? m.imports.ref(b.file(), b.name()) : m.imports.ref("internals/names.js", "UNBOUND")) + ")";
  }

  /** A store into a global out of lexical reach: the namespace's accessor for it. */
  private String hiddenGlobalStore(String name, String value) {
    m.usesGlobals = true;
    return "(" + ModuleEmitter.GLOBALS + ".names[" + JsNames.string(name) + "] = " + value + ")";
  }

  /** The JS variable of the nearest enclosing class's `__class__` cell, as zero-argument super() finds it. */
  private static String classCell(Frame f) {
    for (Frame x = f; x != null && !x.isModule(); x = x.parent) {
      if (x.isClass()) {
        return x.classCell;
      }
    }
    return null;
  }

  /** A JS statement (without `;`) storing `value` into `name`. */
  String store(String name, String value, Frame f) {
    return assignExpr(name, value, f);
  }

  /** A JS assignment expression storing `value` into `name`. */
  String assignExpr(String name, String value, Frame f) {
    Frame target = f;
    Symbol s = symbol(f, name);
    // A walrus inside a comprehension binds in the enclosing function scope: the JS closure handles it.
    String mangled = f.scope.mangle(name);
    if (s != null && s.isGlobal() && !target.isModule() && hidden(target, mangled)) {
      return hiddenGlobalStore(mangled, value);
    }
    if (target.isClass()) {
      if (s != null && s.scope() == SymbolScope.GLOBAL_EXPLICIT) {
        return JsNames.ident(mangled) + " = " + value;
      }
      if (s != null && s.scope() == SymbolScope.FREE) {
        return JsNames.ident(mangled) + " = " + value;
      }
      return target.nsVar + "[" + JsNames.string(mangled) + "] = " + value;
    }
    return JsNames.ident(mangled) + " = " + value;
  }

  /**
   * The JS function to call directly for a positional call of `name` with `argc` arguments, or
   * null when the call must go through the runtime (unknown callee, defaults, keywords).
   */
  String directCall(String name, int argc, Frame f) {
    Symbol s = symbol(f, name);
    boolean global = f.isModule() || s == null || s.isGlobal();
    if (f.isClass()) {
      return null;
    }
    if (global && dynamicGlobals) {
      return null;
    }
    if (global && hidden(f, f.scope.mangle(name))) {
      return null;
    }
    if (global) {
      Integer n = stableFunctions.get(name);
      if (n != null && n == argc && moduleBinds(name)) {
        return JsNames.ident(name);
      }
      if (!moduleBinds(name)) {
        // str(x) and int(x) are exactly the conversion their type's `$new` applies to one
        // positional argument (built-in types cannot be patched), without the argument array.
        if (argc == 1 && name.equals("str")) {
          return m.imports.ref("internals/protocols.js", "strObject");
        }
        if (argc == 1 && name.equals("int")) {
          return m.imports.ref("types/scalars.js", "toInt");
        }
        BuiltinNames.Export b = BuiltinNames.lookup(name);
        if (b != null && b.file().startsWith("builtins/") && !b.file().equals("builtins/types.js")
            && !b.file().equals("builtins/reflection.js") && !b.file().equals("builtins/site.js") || name.equals("len")
            || (b != null && b.file().equals("builtins/reflection.js") && Character.isLowerCase(name.charAt(0))
                && !name.equals("property") && !name.equals("staticmethod") && !name.equals("classmethod"))) {
          return m.imports.ref(b.file(), b.name());
        }
      }
    }
    return null;
  }

  /**
   * The JS function declaration that the `def` of a module-level function binds, for a function
   * that direct calls may reach, or null. A direct call is valid only while the global holds that
   * function: before the `def` runs, or after another module rebinds or deletes the global, the
   * call site takes the generic call of the global's current value. (A declaration, not a
   * variable: it exists before the `def` runs, and V8 compares with it as cheaply as a constant;
   * the traceback names the frame without the `$0`.)
   */
  String definitionVariable(String name) {
    return !dynamicGlobals && stableFunctions.containsKey(name) && moduleBinds(name) ? JsNames.ident(name) + "$0" : null;
  }

  /** The module-level functions that have a {@link #definitionVariable}. */
  java.util.Set<String> definedFunctions() {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (String name : stableFunctions.keySet()) {
      if (definitionVariable(name) != null) {
        out.add(name);
      }
    }
    return out;
  }

  /** Whether a scope binds `name` as its own variable (declared with `let` in its JS function). */
  static boolean declaresLocal(Scope scope, Symbol s) {
    return (s.scope() == SymbolScope.LOCAL || s.scope() == SymbolScope.CELL) && !s.isParameter();
  }
}
