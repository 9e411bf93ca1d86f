package dev.taipan.frontend.scope;

import java.util.Comparator;
import java.util.List;

/** Renders symbol tables in the text form of docs/symtable-format.md, the same form the Python reference script prints. */
public final class SymtableFormat {
  private SymtableFormat() {}

  public static String format(SymbolTables tables) {
    StringBuilder out = new StringBuilder();
    table(tables.module(), 0, out);
    return out.toString();
  }

  private static void table(Scope scope, int depth, StringBuilder out) {
    String indent = "  ".repeat(depth);
    out.append(indent)
        .append(scope.kind().pythonType())
        .append(' ')
        .append(scope.name())
        .append(" line ")
        .append(scope.lineno());
    if (scope.isNested()) {
      out.append(" nested");
    }
    out.append('\n');
    List<Symbol> symbols = scope.symbols().stream().sorted(Comparator.comparing(Symbol::name)).toList();
    for (Symbol s : symbols) {
      out.append(indent).append("  ").append(s.name()).append(' ').append(s.scope());
      for (SymbolFlag f : SymbolFlag.values()) {
        if (s.has(f)) {
          out.append(' ').append(f.name());
        }
      }
      out.append('\n');
    }
    for (Scope child : scope.children()) {
      table(child, depth + 1, out);
    }
  }
}
