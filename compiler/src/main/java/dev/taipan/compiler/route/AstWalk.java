package dev.taipan.compiler.route;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Consumer;

/**
 * Visits every node of an AST in source order by reading record components, so read-only
 * checks over the whole tree need no per-node-kind code (the AST records are all records).
 */
final class AstWalk {
  private AstWalk() {}

  /** Calls {@code visit} on {@code node} and every record nested in it, parents first. */
  static void preorder(Object node, Consumer<Record> visit) {
    switch (node) {
      case null -> {}
      case List<?> list -> list.forEach(item -> preorder(item, visit));
      case Record record -> {
        visit.accept(record);
        for (RecordComponent c : record.getClass().getRecordComponents()) {
          Class<?> type = c.getType();
          if (type.isPrimitive() || type == String.class || type.isEnum()) {
            continue;
          }
          preorder(read(c, record), visit);
        }
      }
      default -> {}
    }
  }

  private static Object read(RecordComponent c, Record record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }
}
