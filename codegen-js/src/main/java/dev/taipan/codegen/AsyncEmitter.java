package dev.taipan.codegen;

import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.ast.WithItem;
import java.util.List;

/**
 * Translates `async for`, `async with` and an asynchronous generator's `yield` inside the JS
 * generator function of a coroutine: every await is a `yield*` delegation to the runtime's
 * awaitable helpers (internals/coroutine.js), so suspensions reach whoever drives the coroutine.
 */
final class AsyncEmitter {
  private final ModuleEmitter m;

  AsyncEmitter(ModuleEmitter m) {
    this.m = m;
  }

  private String rt(String name) {
    return m.imports.ref("internals/coroutine.js", name);
  }

  /** The JS value a Python `yield` produces: wrapped in an asynchronous generator, as is elsewhere. */
  String yieldedValue(String value, Frame f) {
    return f.scope.isCoroutine() && f.scope.isGenerator() ? rt("asyncGenYield") + "(" + value + ")" : value;
  }

  /** `aiterOf(x)`: the asynchronous iterator `async for` loops over. */
  String aiter(String iterable) {
    return rt("aiterOf") + "(" + iterable + ")";
  }

  /**
   * The opening of a JS loop over the asynchronous iterator held in (or computed by) `iterator`,
   * binding each item to the JS constant `item`; the caller adds the body and closes the brace.
   */
  String loopHeader(String iterator, String item) {
    String it = m.fresh("ai");
    return "for (const " + it + " = " + iterator + ";;) { " + next(it, item);
  }

  private String next(String it, String item) {
    return "const " + item + " = yield* " + rt("asyncNext") + "(" + it + "); if (" + item + " === " + rt("ASYNC_DONE") + ") break;";
  }

  void asyncFor(Stmt.AsyncFor a, Frame f) {
    String flag = m.statements.breakFlag(a.orelse(), f);
    String iterator = aiter(m.expressions.emit(a.iter(), f));
    String item = m.fresh("x");
    // A temporary (a call's result) is closed when the loop is left early, as CPython drops it.
    boolean temporary = a.iter() instanceof Expr.Call || a.iter() instanceof Expr.GeneratorExp;
    String it = temporary ? m.temp(f) : m.fresh("ai");
    if (temporary) {
      m.out.line(it + " = " + iterator + ";");
      m.out.open("try");
    }
    m.statements.loopBody(a.body(), a.orelse(), f, flag, () -> {
      m.out.open(temporary ? "for (;;)" : "for (const " + it + " = " + iterator + ";;)");
      m.out.line(next(it, item));
      m.out.line(m.targets.assign(a.target(), item, f) + ";");
    });
    if (temporary) {
      m.out.middle("} finally {");
      m.out.line(rt("closeAsyncTemp") + "(" + it + ");");
      m.out.close();
    }
  }

  /** `async with a as x, b as y:` nests one manager per item, awaiting `__aenter__` and `__aexit__`. */
  void asyncWith(List<WithItem> items, int index, List<Stmt> body, Frame f) {
    if (index == items.size()) {
      m.statements.block(body, f);
      return;
    }
    WithItem item = items.get(index);
    String mgr = m.temp(f);
    String exit = m.temp(f);
    String ok = m.temp(f);
    String entered = m.temp(f);
    m.out.line(mgr + " = " + m.expressions.emit(item.contextExpr(), f) + ";");
    m.out.line(exit + " = " + rt("aexitOf") + "(" + mgr + ");");
    m.out.line(entered + " = yield* " + rt("aenter") + "(" + mgr + ");");
    m.out.line(ok + " = true;");
    m.out.open("try");
    Expr target = item.optionalVars();
    if (target != null) {
      m.out.line(m.targets.assign(target, entered, f) + ";");
    }
    asyncWith(items, index + 1, body, f);
    String caught = m.fresh("e");
    String exc = m.fresh("exc");
    m.out.middle("} catch (" + caught + ") {");
    m.out.line(ok + " = false;");
    m.out.line("const " + exc + " = " + m.imports.ref("types/exceptions.js", "toPyException") + "(" + caught + ");");
    m.out.line(m.imports.ref("types/exceptions.js", "enterHandler") + "(" + exc + ");");
    m.out.open("try");
    m.out.line("if (!" + m.imports.ref("internals/protocols.js", "truthy") + "(yield* " + rt("aexit") + "(" + exit + ", " + mgr
        + ", " + exc + "))) throw " + exc + ";");
    m.out.middle("} finally {");
    m.out.line(m.imports.ref("types/exceptions.js", "exitHandler") + "();");
    m.out.close();
    m.out.middle("} finally {");
    m.out.line("if (" + ok + ") yield* " + rt("aexit") + "(" + exit + ", " + mgr + ", undefined);");
    m.out.close();
  }
}
