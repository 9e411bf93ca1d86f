package dev.taipan.compiler.route;

import dev.taipan.frontend.ast.Located;
import dev.taipan.frontend.ast.Span;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * Visits every node of an AST in source order by reading record components, so read-only
 * checks over the whole tree need no per-node-kind code (the AST records are all records).
 * The walk keeps its own stack, so that however deep the tree, it cannot overflow Java's.
 */
public final class AstWalk {
  private AstWalk() {}

  private record Pending(Object node, int depth) {}

  /** Calls {@code visit} on {@code node} and every record nested in it, parents first. */
  public static void preorder(Object node, Consumer<Record> visit) {
    walk(node, (record, depth) -> visit.accept(record));
  }

  /** Where the most deeply nested positioned node of {@code root} starts (null when none is positioned). */
  public static Span deepestSpan(Object root) {
    Span[] deepest = {null};
    int[] max = {-1};
    walk(root, (record, depth) -> {
      if (record instanceof Located l && depth > max[0]) {
        max[0] = depth;
        deepest[0] = l.span();
      }
    });
    return deepest[0];
  }

  private interface Visitor {
    void visit(Record record, int depth);
  }

  private static void walk(Object root, Visitor visit) {
    Deque<Pending> stack = new ArrayDeque<>();
    stack.push(new Pending(root, 0));
    while (!stack.isEmpty()) {
      Pending p = stack.pop();
      switch (p.node()) {
        case null -> {}
        case List<?> list -> {
          for (int i = list.size() - 1; i >= 0; i--) {
            stack.push(new Pending(list.get(i), p.depth()));
          }
        }
        case Record record -> {
          visit.visit(record, p.depth());
          RecordComponent[] components = record.getClass().getRecordComponents();
          for (int i = components.length - 1; i >= 0; i--) {
            Class<?> type = components[i].getType();
            if (type.isPrimitive() || type == String.class || type.isEnum()) {
              continue;
            }
            stack.push(new Pending(read(components[i], record), p.depth() + 1));
          }
        }
        default -> {}
      }
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
