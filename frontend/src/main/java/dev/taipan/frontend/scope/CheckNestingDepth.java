package dev.taipan.frontend.scope;

import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Located;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.ast.Stmt;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * CPython's compile-time nesting limit: its symbol table pass counts nested statements and
 * expressions and raises "RecursionError: maximum recursion depth exceeded during
 * compilation" past 3000 (the default recursion limit 1000 times COMPILER_STACK_FRAME_SCALE,
 * starting from 0 for a script). A program CPython cannot compile must not build either, and
 * the deeper trees it would produce cannot be loaded by Node anyway. The walk keeps its own
 * stack, so it works on trees of any depth.
 */
public final class CheckNestingDepth {
  /** Statements and expressions CPython 3.11 accepts on one path from the module down in a script. */
  public static final int SCRIPT_LIMIT = 3000;

  /**
   * The same for a module imported by a top-level {@code import} of the script: CPython starts
   * counting at three times the Python frames on the stack (the script's and importlib's nine).
   * An import made from deeper frames has a lower limit still, which this does not model.
   */
  public static final int IMPORTED_LIMIT = 2973;

  private CheckNestingDepth() {}

  private record Pending(Object node, int depth) {}

  /**
   * Null when {@code root} is within the limit; otherwise where its most deeply nested node
   * starts (CPython's error has no position, so this names the place that is too deep).
   */
  public static Span tooDeep(Object root, int limit) {
    Deque<Pending> stack = new ArrayDeque<>();
    stack.push(new Pending(root, 0));
    int max = 0;
    Span deepest = null;
    while (!stack.isEmpty()) {
      Pending p = stack.pop();
      switch (p.node()) {
        case null -> {}
        case List<?> list -> {
          for (int i = list.size() - 1; i >= 0; i--) {
            stack.push(new Pending(list.get(i), p.depth()));
          }
        }
        case Span s -> {}
        case Record record -> {
          int depth = record instanceof Stmt || record instanceof Expr ? p.depth() + 1 : p.depth();
          if (depth > max && record instanceof Located l) {
            max = depth;
            deepest = l.span();
          }
          RecordComponent[] components = record.getClass().getRecordComponents();
          for (int i = components.length - 1; i >= 0; i--) {
            Class<?> type = components[i].getType();
            if (!type.isPrimitive() && type != String.class && !type.isEnum()) {
              stack.push(new Pending(read(components[i], record), depth));
            }
          }
        }
        default -> {}
      }
    }
    return max > limit ? deepest : null;
  }

  private static Object read(RecordComponent c, Record record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c, e);
    }
  }
}
