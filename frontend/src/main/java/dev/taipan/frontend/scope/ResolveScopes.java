package dev.taipan.frontend.scope;

import static dev.taipan.frontend.scope.SymbolFlag.DEF_BOUND;
import static dev.taipan.frontend.scope.SymbolFlag.DEF_FREE_CLASS;
import static dev.taipan.frontend.scope.SymbolFlag.DEF_GLOBAL;
import static dev.taipan.frontend.scope.SymbolFlag.DEF_NONLOCAL;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Second phase of scope analysis, as CPython's {@code analyze_block}: decides for every name whether
 * it is LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL, passing bound and global names down
 * and free names up, with class bodies invisible to the functions nested in them.
 */
final class ResolveScopes {
  private static final String CLASS_CELL = "__class__";

  private ResolveScopes() {}

  static void resolve(Scope module) throws SymbolTableError {
    analyzeBlock(module, null, new HashSet<>(), new HashSet<>());
  }

  private static void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global)
      throws SymbolTableError {
    Set<String> local = new HashSet<>();
    Set<String> newGlobal = new HashSet<>();
    Set<String> newFree = new HashSet<>();
    Set<String> newBound = new HashSet<>();
    boolean isClass = ste.kind() == ScopeKind.CLASS;
    if (isClass) {
      newGlobal.addAll(global);
      if (bound != null) {
        newBound.addAll(bound);
      }
    }
    for (Map.Entry<String, Integer> e : ste.flags.entrySet()) {
      analyzeName(ste, e.getKey(), e.getValue(), bound, local, free, global);
    }
    if (!isClass) {
      if (ste.kind().isFunctionLike()) {
        newBound.addAll(local);
      }
      if (bound != null) {
        newBound.addAll(bound);
      }
      newGlobal.addAll(global);
    } else {
      newBound.add(CLASS_CELL);
    }
    Set<String> allFree = new HashSet<>();
    for (Scope child : ste.children()) {
      Set<String> childFree = new HashSet<>(newFree);
      analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
      allFree.addAll(childFree);
      if (child.hasFree || child.childHasFree) {
        ste.childHasFree = true;
      }
    }
    newFree.addAll(allFree);
    if (ste.kind().isFunctionLike()) {
      for (Map.Entry<String, SymbolScope> e : ste.scopes.entrySet()) {
        if (e.getValue() == SymbolScope.LOCAL && newFree.remove(e.getKey())) {
          e.setValue(SymbolScope.CELL);
        }
      }
    } else if (isClass && newFree.remove(CLASS_CELL)) {
      ste.needsClassClosure = true;
    }
    updateSymbols(ste, bound, newFree, isClass);
    free.addAll(newFree);
  }

  private static void analyzeName(
      Scope ste, String name, int flags, Set<String> bound, Set<String> local, Set<String> free, Set<String> global)
      throws SymbolTableError {
    if (DEF_GLOBAL.in(flags)) {
      if (DEF_NONLOCAL.in(flags)) {
        throw new SymbolTableError("name '" + name + "' is nonlocal and global", ste.directives.get(name));
      }
      ste.scopes.put(name, SymbolScope.GLOBAL_EXPLICIT);
      global.add(name);
      if (bound != null) {
        bound.remove(name);
      }
      return;
    }
    if (DEF_NONLOCAL.in(flags)) {
      if (bound == null) {
        throw new SymbolTableError("nonlocal declaration not allowed at module level", ste.directives.get(name));
      }
      if (!bound.contains(name)) {
        throw new SymbolTableError("no binding for nonlocal '" + name + "' found", ste.directives.get(name));
      }
      ste.scopes.put(name, SymbolScope.FREE);
      ste.hasFree = true;
      free.add(name);
      return;
    }
    if ((flags & DEF_BOUND) != 0) {
      ste.scopes.put(name, SymbolScope.LOCAL);
      local.add(name);
      global.remove(name);
      return;
    }
    if (bound != null && bound.contains(name)) {
      ste.scopes.put(name, SymbolScope.FREE);
      ste.hasFree = true;
      free.add(name);
      return;
    }
    if (global.contains(name)) {
      ste.scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
      return;
    }
    if (ste.isNested()) {
      ste.hasFree = true;
    }
    ste.scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
  }

  private static void updateSymbols(Scope ste, Set<String> bound, Set<String> free, boolean isClass) {
    for (String name : sorted(free)) {
      Integer v = ste.flags.get(name);
      if (v != null) {
        if (isClass && (v & (DEF_BOUND | DEF_GLOBAL.bit())) != 0) {
          ste.flags.put(name, v | DEF_FREE_CLASS.bit());
        }
        continue;
      }
      if (bound != null && !bound.contains(name)) {
        continue;
      }
      ste.flags.put(name, 0);
      ste.scopes.put(name, SymbolScope.FREE);
    }
  }

  private static Iterable<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }
}
