package dev.taipan.codegen;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.Consumer;

/** Visits every node of a tree in source order through the record components, for whole-tree checks. */
public final class AstNodes {
  private AstNodes() {}

  /** Like {@link #preorder}, without descending into nodes for which {@code prune} holds (they are still visited). */
  public static void preorderPruned(Object node, Consumer<Record> visit, java.util.function.Predicate<Object> prune) {
    if (node instanceof List<?> list) {
      for (Object o : list) {
        preorderPruned(o, visit, prune);
      }
      return;
    }
    if (!(node instanceof Record r) || node instanceof dev.taipan.frontend.ast.Span) {
      return;
    }
    visit.accept(r);
    if (prune.test(r)) {
      return;
    }
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Class<?> t = c.getType();
      if (t.isPrimitive() || t == String.class || t.isEnum()) {
        continue;
      }
      try {
        preorderPruned(c.getAccessor().invoke(r), visit, prune);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  public static void preorder(Object node, Consumer<Record> visit) {
    if (node instanceof List<?> list) {
      for (Object o : list) {
        preorder(o, visit);
      }
      return;
    }
    if (!(node instanceof Record r) || node instanceof dev.taipan.frontend.ast.Span) {
      return;
    }
    visit.accept(r);
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Class<?> t = c.getType();
      if (t.isPrimitive() || t == String.class || t.isEnum()) {
        continue;
      }
      try {
        preorder(c.getAccessor().invoke(r), visit);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
