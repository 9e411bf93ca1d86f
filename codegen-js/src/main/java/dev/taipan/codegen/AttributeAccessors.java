package dev.taipan.codegen;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-attribute-name helper functions emitted at the top of a module, so that V8 sees one
 * monomorphic property load per name (`o.$d.x`) instead of the runtime's one shared keyed load;
 * each falls back to the runtime's generic attribute protocol whenever the fast path does not
 * apply (not a plain instance, a data descriptor or hook on the class, the name not in the instance dict).
 */
final class AttributeAccessors {
  private final RuntimeImports imports;
  private final Map<String, String> getters = new LinkedHashMap<>();
  private final Map<String, String> setters = new LinkedHashMap<>();
  private final Map<String, String> methodCalls = new LinkedHashMap<>();
  private final StringBuilder code = new StringBuilder();

  AttributeAccessors(RuntimeImports imports) {
    this.imports = imports;
  }

  /** The helper that reads attribute {@code name} (already mangled) of its argument. */
  String getter(String name) {
    return getters.computeIfAbsent(name, n -> {
      String fn = "$ga" + (getters.size() + setters.size() + methodCalls.size());
      String key = JsNames.string(n);
      code.append("function ").append(fn).append("(o) { if (o instanceof ").append(pyObject())
          .append(" && o.$cls.$plain === true) { const d = o.$d, v = d[").append(key)
          .append("]; if (v !== undefined || ").append(key).append(" in d) return v; } return ")
          .append(imports.ref("internals/attribute.js", "getattr")).append("(o, ").append(key).append("); }\n");
      return fn;
    });
  }

  /** The helper {@code (o, v)} that sets attribute {@code name} (already mangled). */
  String setter(String name) {
    return setters.computeIfAbsent(name, n -> {
      String fn = "$sa" + (getters.size() + setters.size() + methodCalls.size());
      String key = JsNames.string(n);
      code.append("function ").append(fn).append("(o, v) { if (o instanceof ").append(pyObject())
          .append(" && o.$cls.$plain === true) o.$d[").append(key).append("] = v; else ")
          .append(imports.ref("internals/attribute.js", "setattr")).append("(o, ").append(key).append(", v); }\n");
      return fn;
    });
  }

  /**
   * The helper {@code (o, a1..an)} that calls method {@code name} with {@code arity} (0..3)
   * positional arguments: the function found on the class is called directly with {@code o}
   * when the instance dict does not shadow it and its signature is simple.
   */
  String methodCall(String name, int arity) {
    return methodCalls.computeIfAbsent(arity + ":" + name, n -> {
      String fn = "$cm" + (getters.size() + setters.size() + methodCalls.size());
      String key = JsNames.string(name);
      StringBuilder params = new StringBuilder();
      for (int i = 0; i < arity; i++) {
        params.append(", a").append(i);
      }
      code.append("function ").append(fn).append("(o").append(params).append(") { if (o instanceof ")
          .append(pyObject()).append(") { const at = o.$cls.$attrs; if (at !== null) { const f = at[").append(key)
          .append("]; if (typeof f === 'function' && (f.$sig === undefined || (f.$sig.simple && f.$sig.nparams === ")
          .append(arity + 1).append(")) && !(").append(key).append(" in o.$d)) return f(o").append(params)
          .append("); } } return ").append(imports.ref("internals/attribute.js", "callMethod" + arity))
          .append("(o, ").append(key).append(params).append("); }\n");
      return fn;
    });
  }

  private String pyObject() {
    return imports.ref("types/type.js", "PyObject");
  }

  /** The helper definitions (empty when none was used). */
  String render() {
    return code.toString();
  }
}
