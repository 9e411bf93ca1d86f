package dev.taipan.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attribute loads, stores and method calls: the fast path written out at each site, so that each
 * site keeps its own type feedback (`o.$$x`: instance attributes are own properties with the
 * runtime's `$$` prefix, internals/instance-attrs.js; `o.$m<n>$m`: the method on the instance's
 * class prototype, runtime-js types/type.js), and per-attribute-name helper functions emitted at
 * the top of a module for the rest; each falls back to the runtime's generic attribute protocol whenever the fast path does
 * not apply (not a plain instance, a data descriptor or hook on the class, the name not held by
 * the instance, an instance whose `__dict__` was taken).
 */
final class AttributeAccessors {
  /**
   * Whether {@code o} is an instance of a Python class whose attributes are its own properties:
   * the brand on {@code PyObject.prototype}, which an instance whose {@code __dict__} was taken hides.
   */
  private static final String IS_INSTANCE = "o != null && o.$py === true";
  /**
   * Whether {@code o} is such an instance of a plain class (no data descriptor or attribute hook):
   * the flag on the class's instance prototype (runtime-js types/type.js), one property that V8
   * folds to a map check; an instance whose {@code __dict__} was taken hides it.
   */
  private static final String IS_PLAIN = "o != null && o.$pl === true";
  /** The prefix of an instance attribute's own property (runtime-js internals/instance-attrs.js). */
  private static final String ATTR_PREFIX = "$$";
  /** Method calls with up to this many positional arguments get a cached helper. */
  static final int MAX_METHOD_ARITY = 6;

  private final RuntimeImports imports;
  private final Temps temps;
  private final Map<String, String> getters = new LinkedHashMap<>();
  private final Map<String, String> setters = new LinkedHashMap<>();
  private final Map<String, String> methodCalls = new LinkedHashMap<>();
  private final StringBuilder code = new StringBuilder();

  AttributeAccessors(RuntimeImports imports, Temps temps) {
    this.imports = imports;
    this.temps = temps;
  }

  /**
   * Whether attribute loads and stores in frame {@code f} are written out at the site: everywhere,
   * so that each site keeps its own type feedback (see {@link #inlineMethodCall}).
   */
  static boolean inlineAt(Frame f) {
    return true;
  }

  /** Where the inline forms get their temporaries (the module emitter's). */
  interface Temps {
    String temp(Frame f);
  }

  /**
   * The helper that reads attribute {@code name} (already mangled) of its argument. Its body
   * is only the own-property load of a plain instance, so V8 inlines it at many sites (merging
   * the rest into it measured slower on nbody, whose large loop body runs out of inlining
   * budget); the rest ({@code $gxN}: a None held by the instance (under the same guard as the load, so a key it finds there holds None), a class-level constant
   * remembered for the class's current attribute table, then the runtime's generic protocol) is
   * a separate call.
   */
  String getter(String name) {
    return getters.computeIfAbsent(name, n -> {
      int id = helperCount();
      String fn = "$ga" + id;
      String rest = "$gx" + id;
      String cache = "$lc" + id;
      String key = JsNames.string(n);
      String ownKey = JsNames.string(ATTR_PREFIX + n);
      String load = JsNames.isIdentifier(n) ? "." + ATTR_PREFIX + n : "[" + ownKey + "]";
      code.append("const ").append(cache).append(" = ")
          .append(imports.ref("internals/method-cache.js", "classAttrCache")).append("(").append(key).append(");\n");
      code.append("function ").append(fn).append("(o) { if (").append(IS_PLAIN)
          .append(") { const v = o").append(load)
          .append("; if (v !== undefined) return o.$fi === null ? v : ")
          .append(imports.ref("internals/instance-attrs.js", "fieldValue")).append("(o, ").append(key)
          .append(", v); } return ").append(rest).append("(o); }\n");
      code.append("function ").append(rest).append("(o) { if (").append(IS_PLAIN)
          .append(") { if (").append(ownKey).append(" in o) return undefined; if (o.$cls.$attrs === ")
          .append(cache).append(".a) return ").append(cache).append(".v; } return ")
          .append(imports.ref("internals/method-cache.js", "loadAttr")).append("(").append(cache).append(", o); }\n");
      return fn;
    });
  }

  /** The helper {@code (o, v)} that sets attribute {@code name} (already mangled). */
  String setter(String name) {
    return setters.computeIfAbsent(name, n -> {
      String fn = "$sa" + helperCount();
      String key = JsNames.string(n);
      String setattr = imports.ref("internals/attribute.js", "setattr");
      if (n.equals("__class__") || n.equals("__dict__")) {
        // Changes the instance's class or replaces its dict: never a plain store of an attribute.
        code.append("function ").append(fn).append("(o, v) { ").append(setattr).append("(o, ").append(key).append(", v); }\n");
        return fn;
      }
      String store = JsNames.isIdentifier(n) ? "." + ATTR_PREFIX + n : "[" + JsNames.string(ATTR_PREFIX + n) + "]";
      // A `PyFloat` (an integral float) or an instance already holding one takes the runtime's
      // setattr, which keeps the raw double in the field (internals/instance-attrs.js).
      code.append("function ").append(fn).append("(o, v) { if (").append(IS_PLAIN)
          .append(" && o.$fi === null && (typeof v !== 'object' || v === null || v.constructor !== ")
          .append(imports.ref("types/float.js", "PyFloat")).append(")) o").append(store).append(" = v; else ")
          .append(setattr).append("(o, ").append(key).append(", v); }\n");
      return fn;
    });
  }

  /**
   * A load of attribute {@code name} (already mangled) of {@code obj} (JS code evaluated once):
   * the own-property load of a plain instance written out at the site, the helper otherwise.
   * Used at every site: a call of the helper that V8 does not inline (its inlining budget runs
   * out in a large loop body) returns a double field's value as a freshly allocated heap number,
   * while the load at the site stays an unboxed double; and a helper shared by every load of the
   * name sees more hidden classes than V8 keeps apart (each class has its own prototype).
   */
  String inlineGet(String name, String obj, Frame f) {
    return inlineGet(name, obj, null, f);
  }

  /**
   * {@link #inlineGet} where {@code fact} (or null) is the JS local holding the attribute fact
   * of the receiver's local ({@link AttributeFacts}): the site tests it before the guards.
   */
  String inlineGet(String name, String obj, String fact, Frame f) {
    String fn = getter(name);
    if (!JsNames.isIdentifier(name)) {
      return fn + "(" + obj + ")";
    }
    String o = obj;
    String prefix = "";
    if (!isPlainReference(obj)) {
      o = temps.temp(f);
      prefix = o + " = " + obj + ", ";
    }
    String v = temps.temp(f);
    // A None is held as `undefined`, which a missing attribute also reads as: the own key tells
    // them apart at the site, as the helper's rest does, so that loading an attribute that holds
    // None (a link at the end of a list) costs no call (measured on richards).
    return "(" + prefix + guards(o, fact) + " && ((" + v + " = " + o + "." + ATTR_PREFIX + name
        + ") !== undefined || " + JsNames.string(ATTR_PREFIX + name) + " in " + o + ") ? " + v + " : " + fn + "(" + o + "))";
  }

  /**
   * A store of {@code value} into attribute {@code name} of {@code obj} (both JS code, evaluated
   * once, the object first): a number stored into a plain instance that holds no integral float
   * is an own-property store at the site (see {@link #inlineGet}); anything else takes the helper.
   */
  String inlineSet(String name, String obj, String value, Frame f) {
    return inlineSet(name, obj, value, null, f);
  }

  /** {@link #inlineSet} with the receiver's attribute fact local {@code fact} (or null), as {@link #inlineGet}. */
  String inlineSet(String name, String obj, String value, String fact, Frame f) {
    String fn = setter(name);
    if (!JsNames.isIdentifier(name) || name.equals("__class__") || name.equals("__dict__")) {
      return fn + "(" + obj + ", " + value + ")";
    }
    String o = obj;
    StringBuilder prefix = new StringBuilder();
    if (!isPlainReference(obj)) {
      o = temps.temp(f);
      prefix.append(o).append(" = ").append(obj).append(", ");
    }
    if (isPrimitiveLiteral(value)) {
      // A literal is no float box: the test of the value would only cost bytecode (and with it
      // the interpreter's time and V8's inlining budget) before the compiler folds it away.
      return "(" + prefix + guards(o, fact) + " ? " + o + "." + ATTR_PREFIX + name + " = " + value
          + " : " + fn + "(" + o + ", " + value + "))";
    }
    String v = value;
    if (!isPlainReference(value)) {
      v = temps.temp(f);
      prefix.append(v).append(" = ").append(value).append(", ");
    }
    return "(" + prefix + guards(o, fact) + " && (typeof " + v + " !== 'object' || " + v + " === null || "
        + v + ".constructor !== " + imports.ref("types/float.js", "PyFloat") + ") ? " + o + "."
        + ATTR_PREFIX + name + " = " + v + " : " + fn + "(" + o + ", " + v + "))";
  }

  /** JS code that is one primitive literal (a boolean, None's `undefined`, a number, a string): never a `PyFloat`. */
  static boolean isPrimitiveLiteral(String code) {
    return code.matches("true|false|undefined|null|-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?n?|'(?:[^'\\\\\n]|\\\\.)*'");
  }

  /**
   * A call of method {@code name} (already mangled) with {@code receiverAndArgs} (JS code, the
   * receiver first, each evaluated once in order): the prototype's method called at the site, as
   * the helper's fast path does ({@link #methodCall}), the rest of the helper otherwise. Written
   * out at the site so that each site keeps its own type feedback: a helper shared by every call
   * of the name in the module sees more classes than V8 keeps apart, and its loads turn
   * megamorphic.
   */
  String inlineMethodCall(String name, List<String> receiverAndArgs, Frame f) {
    int arity = receiverAndArgs.size() - 1;
    String rest = methodCall(name, arity).replace("$cm", "$cx");
    StringBuilder prefix = new StringBuilder();
    List<String> values = new ArrayList<>();
    for (String code : receiverAndArgs) {
      // An int literal argument is used as it is (never the receiver: `5.$m1$x` would not parse).
      if (isPlainReference(code) || (!values.isEmpty() || prefix.length() > 0) && code.matches("-?[0-9]+")) {
        values.add(code);
      } else {
        String t = temps.temp(f);
        prefix.append(t).append(" = ").append(code).append(", ");
        values.add(t);
      }
    }
    String o = values.get(0);
    String fn = temps.temp(f);
    String protoKey = "$m" + (arity + 1) + "$" + name;
    String protoLoad = JsNames.isIdentifier(name) ? "." + protoKey : "[" + JsNames.string(protoKey) + "]";
    String args = String.join(", ", values);
    return "(" + prefix + o + " != null && (" + fn + " = " + o + protoLoad + ") !== undefined && " + o + ".$py === true && !("
        + JsNames.string(ATTR_PREFIX + name) + " in " + o + ") ? " + fn + "(" + args + ") : " + rest + "(" + args + "))";
  }

  /**
   * The guards of a load or store of an instance field of {@code o}: a plain instance holding no
   * integral float. With a fact local {@code fact} ({@link AttributeFacts}), a remembered check
   * at the current epoch stands for them, and a check that passes is remembered.
   */
  private String guards(String o, String fact) {
    String check = o + " != null && " + o + ".$pl === true && " + o + ".$fi === null";
    if (fact == null) {
      return check;
    }
    String epoch = imports.ref("internals/attr-epoch.js", "attrEpoch") + ".n";
    return "(" + fact + " === " + epoch + " || " + check + " && (" + fact + " = " + epoch + ", true))";
  }

  /** A JS identifier (a local or temporary): reading it again has no effect and gives the same value. */
  private static boolean isPlainReference(String code) {
    return code.matches("[A-Za-z_$][A-Za-z0-9_$]*") && !code.equals("this") && !code.equals("arguments");
  }

  /**
   * The helper {@code (o, a1..an)} that calls method {@code name} with {@code arity} (0..MAX_METHOD_ARITY)
   * positional arguments. An instance whose class's prototype carries the method for this many
   * arguments ({@code $m<n>$name}, runtime-js types/type.js) and whose own attributes do not shadow
   * it calls it at once: a property load V8 resolves per hidden class, so a site that sees a few
   * classes can still inline their methods. Otherwise ({@code $cxN}) an inline cache maps up to four classes (by their current
   * attribute table) to the plain function found there, called directly with {@code o} unless
   * the instance dict shadows the name. An exact str, list, dict or set (not a Python instance,
   * so the first test fails at once for them) gets the built-in method the generic call would
   * find, called directly; everything else takes the runtime's generic call.
   */
  String methodCall(String name, int arity) {
    return methodCalls.computeIfAbsent(arity + ":" + name, n -> {
      int id = helperCount();
      String fn = "$cm" + id;
      String cache = "$mc" + id;
      String key = JsNames.string(name);
      StringBuilder params = new StringBuilder();
      for (int i = 0; i < arity; i++) {
        params.append(", a").append(i);
      }
      code.append("const ").append(cache).append(" = ").append(imports.ref("internals/method-cache.js", "methodCache"))
          .append("(").append(key).append(", ").append(arity).append(");\n");
      String rest = "$cx" + id;
      String protoKey = "$m" + (arity + 1) + "$" + name;
      String protoLoad = JsNames.isIdentifier(name) ? "." + protoKey : "[" + JsNames.string(protoKey) + "]";
      code.append("function ").append(fn).append("(o").append(params).append(") { let f; if (o != null && (f = o")
          .append(protoLoad).append(") !== undefined && o.$py === true && !(").append(JsNames.string(ATTR_PREFIX + name))
          .append(" in o)) return f(o").append(params).append("); return ").append(rest).append("(o").append(params).append("); }\n");
      code.append("function ").append(rest).append("(o").append(params).append(") { if (" + IS_INSTANCE + ") { const at = o.$cls.$attrs, c = ").append(cache)
          .append("; let f = at === c.a0 ? c.f0 : at === c.a1 ? c.f1 : at === c.a2 ? c.f2 : at === c.a3 ? c.f3 : undefined;")
          .append(" if (f === undefined || ").append(JsNames.string(ATTR_PREFIX + name)).append(" in o) f = ")
          .append(imports.ref("internals/method-cache.js", "cacheMethod")).append("(c, o);")
          .append(" if (f !== undefined) return f(o").append(params).append("); } else {")
          .append(exactDictGet(name, arity, params.toString()))
          .append(" const f = ")
          .append(imports.ref("internals/method-cache.js", "builtinMethod")).append("(").append(cache).append(", o);")
          .append(" if (f !== null) return f(o").append(params).append("); } return ")
          .append(imports.ref("internals/attribute.js", arity <= 3 ? "callMethod" + arity : "callMethod"))
          .append("(o, ").append(key).append(params).append("); }\n");
      return fn;
    });
  }

  /**
   * For {@code d.get(k)} and {@code d.get(k, dflt)}: an exact dict answers from its table at
   * once (dict's methods cannot be replaced), the commonest built-in call in counting loops.
   */
  private String exactDictGet(String name, int arity, String params) {
    if (!name.equals("get") || arity < 1 || arity > 2) {
      return "";
    }
    return " if (o instanceof " + imports.ref("types/dict.js", "PyDict") + " && o.$cls === "
        + imports.ref("types/type.js", "dictType") + ") return o.get(" + params.substring(2) + ");";
  }

  private int helperCount() {
    return getters.size() + setters.size() + methodCalls.size();
  }

  /** The helper definitions (empty when none was used). */
  String render() {
    return code.toString();
  }
}
