package dev.taipan.frontend.scope;

import static dev.taipan.frontend.testing.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.frontend.ast.Comprehension;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scope API on small hand-built trees: lookups by node, resolved kinds, and CPython's error messages. */
class ScopeAnalysisTest {

  @Test
  void closureVariableIsCellInOwnerAndFreeInNestedFunction() throws SymbolTableError {
    Stmt.FunctionDef inner = def("inner", noArgs(), ret(load("x")));
    Stmt.FunctionDef outer = def("outer", noArgs(), assign("x", num(1)), inner, ret(load("inner")));
    Mod.Module mod = module(outer);
    SymbolTables t = ScopeAnalysis.analyze(mod);

    Scope outerScope = t.scopeOf(outer);
    Scope innerScope = t.scopeOf(inner);
    assertSame(t.module(), t.scopeOf(mod));
    assertEquals(List.of(innerScope), outerScope.children());
    assertSame(outerScope, innerScope.parent());
    assertEquals(SymbolScope.CELL, t.symbol(outerScope, "x").scope());
    assertEquals(SymbolScope.FREE, t.symbol(innerScope, "x").scope());
    assertTrue(t.symbol(innerScope, "x").isReferenced());
    assertTrue(innerScope.isNested());
    assertFalse(outerScope.isNested());
    assertNull(t.scopeOf(inner.body().get(0)));
  }

  @Test
  void classBodyIsNotVisibleFromMethods() throws SymbolTableError {
    Stmt.FunctionDef method = def("m", args("self"), ret(load("attr")));
    Stmt.ClassDef c = cls("C", assign("attr", num(1)), method);
    SymbolTables t = ScopeAnalysis.analyze(module(c));
    assertEquals(SymbolScope.LOCAL, t.scopeOf(c).lookup("attr").scope());
    assertEquals(SymbolScope.GLOBAL_IMPLICIT, t.scopeOf(method).lookup("attr").scope());
    assertTrue(t.scopeOf(method).lookup("self").isParameter());
  }

  @Test
  void superMakesTheClassNeedAClassCell() throws SymbolTableError {
    Expr call = new Expr.Call(load("super"), List.of(), List.of(), S);
    Stmt.FunctionDef method = def("m", args("self"), ret(call));
    Stmt.ClassDef c = cls("C", method);
    SymbolTables t = ScopeAnalysis.analyze(module(c));
    assertTrue(t.scopeOf(c).needsClassClosure());
    assertEquals(SymbolScope.FREE, t.scopeOf(method).lookup("__class__").scope());
  }

  @Test
  void privateNamesAreMangledInsideClasses() throws SymbolTableError {
    Stmt.ClassDef c = cls("_Widget", assign("__count", num(0)));
    SymbolTables t = ScopeAnalysis.analyze(module(c));
    Scope cs = t.scopeOf(c);
    assertEquals("_Widget__count", cs.lookup("__count").name());
    assertEquals("_Widget__count", cs.mangle("__count"));
    assertEquals("__init__", cs.mangle("__init__"));
  }

  @Test
  void walrusInComprehensionBindsInEnclosingFunction() throws SymbolTableError {
    Expr walrus = new Expr.NamedExpr(store("last"), load("i"), S);
    Expr.ListComp comp =
        new Expr.ListComp(walrus, List.of(new Comprehension(store("i"), load("items"), List.of(), 0)), S);
    Stmt.FunctionDef f = def("f", args("items"), expr(comp), ret(load("last")));
    SymbolTables t = ScopeAnalysis.analyze(module(f));
    Scope compScope = t.scopeOf(comp);
    assertEquals(ScopeKind.COMPREHENSION, compScope.kind());
    assertEquals("listcomp", compScope.name());
    assertEquals(List.of(".0"), compScope.parameters());
    assertEquals(SymbolScope.CELL, t.scopeOf(f).lookup("last").scope());
    assertEquals(SymbolScope.FREE, compScope.lookup("last").scope());
    assertTrue(compScope.lookup("i").has(SymbolFlag.DEF_COMP_ITER));
    // The first iterable is evaluated in the function, not in the comprehension.
    assertTrue(t.scopeOf(f).lookup("items").isReferenced());
    assertNull(compScope.lookup("items"));
  }

  @Test
  void globalAfterUseIsRejectedWithCPythonsMessage() {
    Stmt.Global global = new Stmt.Global(List.of("x"), new dev.taipan.frontend.ast.Span(3, 4, 3, 12));
    Stmt.FunctionDef f = def("f", noArgs(), expr(load("x")), global);
    SymbolTableError e = assertThrows(SymbolTableError.class, () -> ScopeAnalysis.analyze(module(f)));
    assertEquals("name 'x' is used prior to global declaration", e.getMessage());
    assertEquals(3, e.span().lineno());
    assertEquals(4, e.span().colOffset());
  }

  @Test
  void nonlocalWithoutBindingIsRejected() {
    Stmt.FunctionDef f = def("f", noArgs(), new Stmt.Nonlocal(List.of("y"), S));
    SymbolTableError e = assertThrows(SymbolTableError.class, () -> ScopeAnalysis.analyze(module(f)));
    assertEquals("no binding for nonlocal 'y' found", e.getMessage());
  }

  @Test
  void nonlocalAtModuleLevelIsRejected() {
    SymbolTableError e =
        assertThrows(SymbolTableError.class, () -> ScopeAnalysis.analyze(module(new Stmt.Nonlocal(List.of("y"), S))));
    assertEquals("nonlocal declaration not allowed at module level", e.getMessage());
  }

  @Test
  void parameterDeclaredGlobalIsRejected() {
    Stmt.FunctionDef f = def("f", args("a"), new Stmt.Global(List.of("a"), S));
    SymbolTableError e = assertThrows(SymbolTableError.class, () -> ScopeAnalysis.analyze(module(f)));
    assertEquals("name 'a' is parameter and global", e.getMessage());
  }

  @Test
  void lambdaGetsItsOwnScope() throws SymbolTableError {
    Expr.Lambda lambda = new Expr.Lambda(args("q"), new Expr.BinOp(load("q"), dev.taipan.frontend.ast.Operator.Add, load("a"), S), S);
    Stmt.FunctionDef f = def("f", args("a"), ret(lambda));
    SymbolTables t = ScopeAnalysis.analyze(module(f));
    Scope ls = t.scopeOf(lambda);
    assertEquals(ScopeKind.LAMBDA, ls.kind());
    assertEquals(SymbolScope.FREE, ls.lookup("a").scope());
    assertEquals(SymbolScope.CELL, t.scopeOf(f).lookup("a").scope());
    assertEquals(3, t.all().size());
  }

  @Test
  void deletedNameIsLocal() throws SymbolTableError {
    Stmt.FunctionDef f = def("f", noArgs(), new Stmt.Delete(List.of(new Expr.Name("x", ExprContext.Del, S)), S));
    SymbolTables t = ScopeAnalysis.analyze(module(f));
    assertEquals(SymbolScope.LOCAL, t.scopeOf(f).lookup("x").scope());
  }
}
