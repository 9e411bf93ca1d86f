package dev.taipan.frontend.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Span;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds our AST records from CPython's AST exported as JSON, so tree passes can be checked against CPython's own parser. */
public final class PythonAstJson {
  private static final Map<String, Class<?>> TYPES = new HashMap<>();

  static {
    for (Class<?> outer :
        List.of(
            dev.taipan.frontend.ast.Expr.class,
            dev.taipan.frontend.ast.Stmt.class,
            dev.taipan.frontend.ast.Pattern.class,
            dev.taipan.frontend.ast.TypeParam.class,
            Mod.class)) {
      for (Class<?> c : outer.getDeclaredClasses()) {
        if (c.isRecord()) {
          TYPES.putIfAbsent(c.getSimpleName(), c);
        }
      }
    }
    TYPES.put("Expr", dev.taipan.frontend.ast.Stmt.Expr.class);
    TYPES.put("arguments", dev.taipan.frontend.ast.Arguments.class);
    TYPES.put("arg", dev.taipan.frontend.ast.Arg.class);
    TYPES.put("keyword", dev.taipan.frontend.ast.Keyword.class);
    TYPES.put("alias", dev.taipan.frontend.ast.Alias.class);
    TYPES.put("comprehension", dev.taipan.frontend.ast.Comprehension.class);
    TYPES.put("withitem", dev.taipan.frontend.ast.WithItem.class);
    TYPES.put("match_case", dev.taipan.frontend.ast.MatchCase.class);
    TYPES.put("ExceptHandler", dev.taipan.frontend.ast.ExceptHandler.class);
    TYPES.put("TypeIgnore", dev.taipan.frontend.ast.TypeIgnore.class);
  }

  private PythonAstJson() {}

  public static Mod.Module module(JsonObject json) {
    return (Mod.Module) build(json, Mod.Module.class);
  }

  private static Object build(JsonElement json, Type type) {
    if (json == null || json.isJsonNull()) {
      return type == List.class || type instanceof ParameterizedType ? List.of() : null;
    }
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == List.class) {
      Type elem = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<Object> out = new ArrayList<>();
      for (JsonElement e : json.getAsJsonArray()) {
        out.add(build(e, elem));
      }
      return java.util.Collections.unmodifiableList(out);
    }
    if (raw == String.class) {
      return json.getAsString();
    }
    if (raw == int.class || raw == Integer.class) {
      return json.getAsInt();
    }
    if (raw == ConstantValue.class) {
      return constant(json.getAsJsonObject());
    }
    if (raw.isEnum()) {
      String name = json.getAsJsonObject().get("_type").getAsString();
      for (Object c : raw.getEnumConstants()) {
        if (((Enum<?>) c).name().equals(name)) {
          return c;
        }
      }
      throw new IllegalArgumentException(name);
    }
    JsonObject o = json.getAsJsonObject();
    Class<?> cls = TYPES.get(o.get("_type").getAsString());
    if (cls == null) {
      throw new IllegalArgumentException("unknown node " + o.get("_type"));
    }
    RecordComponent[] comps = cls.getRecordComponents();
    Object[] args = new Object[comps.length];
    Class<?>[] types = new Class<?>[comps.length];
    for (int i = 0; i < comps.length; i++) {
      types[i] = comps[i].getType();
      String name = comps[i].getName();
      if (name.equals("span")) {
        args[i] =
            o.has("lineno")
                ? new Span(
                    o.get("lineno").getAsInt(),
                    o.get("col_offset").getAsInt(),
                    intOr(o.get("end_lineno")),
                    intOr(o.get("end_col_offset")))
                : Span.NONE;
      } else {
        args[i] = build(o.get(snake(name)), comps[i].getGenericType());
      }
    }
    try {
      Constructor<?> ctor = cls.getDeclaredConstructor(types);
      return ctor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(cls + ": " + e, e);
    }
  }

  private static int intOr(JsonElement e) {
    return e == null || e.isJsonNull() ? 0 : e.getAsInt();
  }

  private static String snake(String camel) {
    StringBuilder b = new StringBuilder();
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        b.append('_').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static ConstantValue constant(JsonObject o) {
    if (o.has("none")) {
      return ConstantValue.Singleton.NONE;
    }
    if (o.has("bool")) {
      return o.get("bool").getAsBoolean() ? ConstantValue.Singleton.TRUE : ConstantValue.Singleton.FALSE;
    }
    if (o.has("ellipsis")) {
      return ConstantValue.Singleton.ELLIPSIS;
    }
    if (o.has("int")) {
      return new ConstantValue.IntValue(new BigInteger(o.get("int").getAsString()));
    }
    if (o.has("float")) {
      return new ConstantValue.FloatValue(hex(o.get("float").getAsString()));
    }
    if (o.has("complex")) {
      JsonArray a = o.getAsJsonArray("complex");
      return new ConstantValue.ComplexValue(hex(a.get(0).getAsString()), hex(a.get(1).getAsString()));
    }
    if (o.has("str")) {
      return new ConstantValue.StrValue(o.get("str").getAsString());
    }
    JsonArray a = o.getAsJsonArray("bytes");
    byte[] b = new byte[a.size()];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) a.get(i).getAsInt();
    }
    return new ConstantValue.BytesValue(b);
  }

  private static double hex(String s) {
    return switch (s) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      case "nan" -> Double.NaN;
      default -> Double.parseDouble(s.endsWith("p+0") || s.contains("p") ? s : s + "p0");
    };
  }
}
