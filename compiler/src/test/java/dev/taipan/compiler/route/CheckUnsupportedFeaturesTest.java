package dev.taipan.compiler.route;

import static dev.taipan.compiler.route.Ast.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckUnsupportedFeaturesTest {
  private static List<String> found(dev.taipan.frontend.ast.Stmt... body) {
    return CheckUnsupportedFeatures.check(module(body)).stream().map(c -> c.line() + ": " + c.message()).toList();
  }

  @Test
  void dynamicCodeBuiltins() {
    assertEquals(
        List.of("1: uses exec()", "2: uses eval()", "3: uses compile()", "4: uses __import__()"),
        found(call(1, "exec"), call(2, "eval"), call(3, "compile"), call(4, "__import__")));
  }

  @Test
  void findsConstructsNestedInFunctions() {
    assertEquals(List.of("5: uses exec()"), found(function(4, "f", call(5, "exec"))));
  }

  @Test
  void metaclassFrameIntrospectionThreadsAndCtypes() {
    assertEquals(
        List.of(
            "1: uses a metaclass (class C)",
            "3: uses frame introspection (sys._getframe)",
            "4: imports threading (threads)",
            "5: imports ctypes (calls into C)",
            "6: imports multiprocessing (processes)"),
        found(
            classWithMetaclass(1, "C", "Meta"),
            attributeCall(3, "sys", "_getframe"),
            importStmt(4, "threading"),
            fromImport(5, 0, "ctypes", "c_int"),
            importStmt(6, "multiprocessing.pool")));
  }

  @Test
  void ordinaryCodeHasNothing() {
    assertEquals(List.of(), found(call(1, "print"), importStmt(2, "math"), attributeCall(3, "sys", "exit")));
  }
}
