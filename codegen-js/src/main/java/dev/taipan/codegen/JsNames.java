package dev.taipan.codegen;

import java.util.Set;

/** Spells Python identifiers and string values as JavaScript identifiers and literals. */
public final class JsNames {
  private static final Set<String> RESERVED =
      Set.of(
          "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger",
          "default", "delete", "do", "else", "enum", "eval", "export", "extends", "false",
          "finally", "for", "function", "if", "implements", "import", "in", "instanceof",
          "interface", "let", "new", "null", "package", "private", "protected", "public",
          "return", "static", "super", "switch", "this", "throw", "true", "try", "typeof", "var",
          "void", "while", "with", "yield", "undefined", "NaN", "Infinity", "async", "of",
          "Object", "Array", "Symbol", "Error", "Math", "Number", "String", "BigInt", "Map",
          "Set", "process", "globalThis", "console", "Promise", "JSON", "Reflect", "Date",
          "RangeError", "TypeError", "Boolean", "Function", "RegExp", "WeakMap", "Buffer");

  private JsNames() {}

  /** A JS identifier for a Python name: Python names never contain '$', so a suffix cannot collide. */
  public static String ident(String pythonName) {
    StringBuilder b = new StringBuilder();
    boolean ascii = true;
    for (int i = 0; i < pythonName.length(); i++) {
      char c = pythonName.charAt(i);
      if (c < 128) {
        b.append(c);
      } else {
        ascii = false;
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    String s = b.toString();
    if (ascii && RESERVED.contains(s)) {
      return s + "$";
    }
    return s;
  }

  /** Whether {@code name} can follow a dot as a JS property name (ASCII identifier characters only). */
  public static boolean isIdentifier(String name) {
    return name.matches("[A-Za-z_$][A-Za-z0-9_$]*");
  }

  /** A JS string literal with the exact UTF-16 content of a Python str (lone surrogates kept). */
  public static String string(String value) {
    StringBuilder b = new StringBuilder("'");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\'' -> b.append("\\'");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c >= 0x7f) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('\'').toString();
  }
}
