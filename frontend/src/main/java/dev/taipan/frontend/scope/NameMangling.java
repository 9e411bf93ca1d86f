package dev.taipan.frontend.scope;

/** CPython's private name mangling ({@code _Py_Mangle}): {@code __x} inside {@code class C} is {@code _C__x}. */
public final class NameMangling {
  private NameMangling() {}

  /** The mangled form of {@code name} inside a class named {@code className} (null: no enclosing class). */
  public static String mangle(String className, String name) {
    if (className == null || !name.startsWith("__")) {
      return name;
    }
    if (name.endsWith("__") || name.indexOf('.') >= 0) {
      return name;
    }
    int start = 0;
    while (start < className.length() && className.charAt(start) == '_') {
      start++;
    }
    if (start == className.length()) {
      return name;
    }
    return "_" + className.substring(start) + name;
  }
}
