package dev.taipan.codegen;

import dev.taipan.codegen.FloatKernelPlan.Kind;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Operator;
import dev.taipan.frontend.ast.Stmt;
import dev.taipan.frontend.ast.UnaryOperator;
import dev.taipan.frontend.scope.ScopeKind;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Float kernels: a `for` loop of a function whose body is a nest of float arithmetic over ranges,
 * lists of plain instances and their fields ({@link FloatKernelPlan}) tests the types once per
 * iteration instead of at every operation. After the loop's header assigns its target, the entry
 * check tests that each list is an exact list whose elements are instances of plain classes (no
 * data descriptor, no attribute hook, a `__dict__` kept inline) holding the fields the body uses
 * as floats (a non-integral JS number, or an integral one marked in the instance's `$fi`), and
 * that each local read from outside holds a float or an int in [0, 2**31). Then the iteration runs
 * as double arithmetic on JS variables of its own, with no further test: in CPython each
 * operation is the same IEEE operation on the same doubles, a field load is a plain load, and a
 * store keeps the field a float (the raw double while `$fi` is null, else the runtime's store of
 * the boxed float; the integral doubles stored raw are marked when the iteration ends), so the
 * check holds to the iteration's end. The locals the iteration assigned are then written back (an
 * integral float boxed). When the check fails, the generic body runs. In a counting loop, an
 * iteration that follows a completed pass tests the scalar locals only.
 *
 * <p>The two things that raise, a zero divisor and an index past a list's end, are detected
 * before the statement stores anything: the fields are marked, the locals written back and the statement's generic
 * code runs, which raises CPython's error at the same point, with the same traceback. The
 * kernel's statements are printed at their Python lines.
 */
final class FloatKernels {
  private final ModuleEmitter m;
  /** Above zero while the generic body of a kernel's loop is emitted: loops in it get no kernel of their own. */
  private int active;

  FloatKernels(ModuleEmitter m) {
    this.m = m;
  }

  /** The plan of loop `fo` when its body runs as a kernel, else null. */
  FloatKernelPlan plan(Stmt.For fo, Frame f) {
    if (active > 0 || !fo.orelse().isEmpty() || !(fo.target() instanceof Expr.Name)
        || f.kind() != ScopeKind.FUNCTION || f.scope.isGenerator() || f.scope.isCoroutine()) {
      return null;
    }
    FloatKernelPlan plan = FloatKernelPlan.of(fo.body(), m, f);
    if (plan != null && plan.rangeArgs(fo.iter()) != null
        && plan.kinds.getOrDefault(((Expr.Name) fo.target()).id(), Kind.INT) != Kind.INT) {
      // The header assigns an int the body would need as something else: the check always fails.
      return null;
    }
    return plan;
  }

  /** Brackets the emission of a loop that has a kernel (`plan` not null). */
  void enter(FloatKernelPlan plan) {
    if (plan != null) {
      active++;
    }
  }

  void exit(FloatKernelPlan plan) {
    if (plan != null) {
      active--;
    }
  }

  /**
   * Emits the entry check and the kernel, which ends the iteration with `continue`; at the top of
   * the loop's body. `passed` (null for a loop whose header may run code of the program) names a
   * variable set to false before the loop: the kernel sets it when a pass completes, and the
   * generic body clears it.
   */
  void emit(FloatKernelPlan plan, Stmt.For fo, Frame f, String passed) {
    new Kernel(plan, f).emit(fo, passed);
  }

  /** The emission of one kernel. */
  private final class Kernel {
    private final FloatKernelPlan p;
    private final Frame f;
    /** The kernel's JS variable of each name that is not a list. */
    private final Map<String, String> vars = new LinkedHashMap<>();
    /** The flag of each loop of the body, set at the end of each pass through the loop's body. */
    private final Map<Stmt.For, String> loopFlags = new IdentityHashMap<>();
    /** For each assigned name, the loops whose body (or header) assigns it directly. */
    private final Map<String, Set<Stmt.For>> assigningLoops = new LinkedHashMap<>();
    /** The loops being emitted, innermost first; each with the names assigned so far in its current pass. */
    private final Deque<Pass> passes = new ArrayDeque<>();
    /** The fields (mangled) the body stores through each object name. */
    private final Map<String, Set<String>> stored = new LinkedHashMap<>();

    /** A pass through the kernel's body (loop null) or through a loop's body. */
    private record Pass(Stmt.For loop, Set<String> assigned) {}

    Kernel(FloatKernelPlan p, Frame f) {
      this.p = p;
      this.f = f;
    }

    private String rt(String file, String name) {
      return m.imports.ref(file, name);
    }

    void emit(Stmt.For fo, String passed) {
      m.out.at(fo.span().lineno());
      String ok = m.temp(f);
      String v = m.temp(f);
      List<String> tests = new ArrayList<>();
      for (Map.Entry<String, Kind> e : p.kinds.entrySet()) {
        String x = p.local(e.getKey());
        if (e.getValue() == Kind.LIST) {
          tests.add("Array.isArray(" + x + ") && " + x + ".$cls === undefined");
        } else if (p.entry.contains(e.getKey())) {
          tests.add(switch (e.getValue()) {
            // Below 2**31, so that a bound plus a literal stays a safe int.
            case INT -> "typeof " + x + " === 'number' && (" + x + " | 0) === " + x + " && " + x + " >= 0";
            case FLOAT -> {
              String box = rt("types/float.js", "PyFloat");
              yield "(typeof " + x + " === 'number' ? !Number.isInteger(" + x + ") : " + x + " instanceof " + box
                  + " && " + x + ".constructor === " + box + ")";
            }
            default -> holdsFloats(x, p.fields.getOrDefault(e.getKey(), Set.of()), v);
          });
        }
      }
      m.out.line(ok + " = " + (tests.isEmpty() ? "true" : String.join(" && ", tests)) + ";");
      // After a completed pass, only the header of a counting loop has run, which runs no code of
      // the program: the lists and their elements are as the pass left them, and the pass keeps
      // every field it checks a float, so the elements need no new test.
      if (passed != null) {
        m.out.open("if (!" + passed + ")");
      }
      for (Map.Entry<String, Kind> e : p.kinds.entrySet()) {
        Set<String> fields = p.listFields(e.getKey());
        if (e.getValue() != Kind.LIST || fields.isEmpty()) {
          continue;
        }
        String list = p.local(e.getKey());
        String q = m.fresh("q");
        String o = m.fresh("o");
        m.out.open("for (let " + q + " = 0; " + ok + " && " + q + " < " + list + ".length; " + q + "++)");
        m.out.line("const " + o + " = " + list + "[" + q + "];");
        m.out.line(ok + " = " + holdsFloats(o, fields, v) + ";");
        m.out.close();
      }
      if (passed != null) {
        m.out.close();
      }
      m.out.open("if (" + ok + ")");
      List<String> decls = new ArrayList<>();
      for (Map.Entry<String, Kind> e : p.kinds.entrySet()) {
        String name = e.getKey();
        if (e.getValue() == Kind.LIST) {
          continue;
        }
        String k = m.fresh("k");
        vars.put(name, k);
        String x = p.local(name);
        boolean in = p.entry.contains(name);
        decls.add(k + " = " + switch (e.getValue()) {
          case FLOAT -> in ? "typeof " + x + " === 'number' ? " + x + " : " + x + ".v" : "0";
          case INT -> in ? x : "0";
          default -> in ? x : "null";
        });
      }
      findLoops(fo.body(), null, decls);
      findStores(fo.body());
      m.out.line("let " + String.join(", ", decls) + ";");
      passes.push(new Pass(null, new HashSet<>()));
      block(fo.body());
      m.out.at(fo.span().lineno());
      settle();
      writeBack();
      passes.pop();
      if (passed != null) {
        m.out.line(passed + " = true;");
      }
      m.out.line("continue;");
      m.out.close();
      if (passed != null) {
        m.out.line(passed + " = false;");
      }
    }

    /** Whether `o` is an instance of a plain class holding each of `fields` as a float (temporary `v`). */
    private String holdsFloats(String o, Set<String> fields, String v) {
      StringBuilder b = new StringBuilder(o + " != null && " + o + ".$pl === true");
      for (String name : fields) {
        b.append(" && typeof (").append(v).append(" = ").append(o).append(".$$").append(name)
            .append(") === 'number' && (!Number.isInteger(").append(v).append(") || ").append(o)
            .append(".$fi != null && ").append(o).append(".$fi.has(").append(JsNames.string(name)).append("))");
      }
      return b.toString();
    }

    /** Gives each loop of `body` a flag (declared in `decls`) and records the loops assigning each name. */
    private void findLoops(List<Stmt> body, Stmt.For loop, List<String> decls) {
      for (Stmt s : body) {
        switch (s) {
          case Stmt.For fo -> {
            String flag = m.fresh("f");
            loopFlags.put(fo, flag);
            decls.add(flag + " = false");
            assignedBy(((Expr.Name) fo.target()).id(), fo);
            findLoops(fo.body(), fo, decls);
          }
          case Stmt.Assign a when a.targets().get(0) instanceof Expr.Name n -> assignedBy(n.id(), loop);
          case Stmt.AugAssign a when a.target() instanceof Expr.Name n -> assignedBy(n.id(), loop);
          default -> { }
        }
      }
    }

    private void findStores(List<Stmt> body) {
      for (Stmt s : body) {
        Expr target = switch (s) {
          case Stmt.For fo -> {
            findStores(fo.body());
            yield null;
          }
          case Stmt.Assign a -> a.targets().get(0);
          case Stmt.AugAssign a -> a.target();
          default -> null;
        };
        if (target instanceof Expr.Attribute at) {
          stored.computeIfAbsent(((Expr.Name) at.value()).id(), k -> new LinkedHashSet<>()).add(m.mangle(at.attr(), f));
        }
      }
    }

    /**
     * Marks the integral floats the pass stored raw. A store leaves a field's double in place
     * while the instance's `$fi` is null, without testing whether the value is integral (a test
     * per store costs more than the arithmetic); nothing reads a field but the kernel's raw loads
     * until the pass ends or bails out, and every field the kernel stores held a float at entry,
     * so an integral double that is not marked is a float the pass stored: it gets its box here,
     * through the runtime's store, before any other code runs. (A store to an instance whose `$fi`
     * is not null takes the runtime's store at once, and `$fi` never becomes non-null during a pass.)
     */
    private void settle() {
      Map<String, Set<String>> byList = new LinkedHashMap<>();
      List<Map.Entry<String, Set<String>>> locals = new ArrayList<>();
      for (Map.Entry<String, Set<String>> e : stored.entrySet()) {
        String name = e.getKey();
        for (String list : p.sources.getOrDefault(name, Set.of())) {
          byList.computeIfAbsent(list, k -> new LinkedHashSet<>()).addAll(e.getValue());
        }
        if (p.entry.contains(name)) {
          locals.add(e);
        }
      }
      for (Map.Entry<String, Set<String>> e : byList.entrySet()) {
        String list = p.local(e.getKey());
        String q = m.fresh("q");
        String o = m.fresh("o");
        m.out.open("for (let " + q + " = 0; " + q + " < " + list + ".length; " + q + "++)");
        m.out.line("const " + o + " = " + list + "[" + q + "];");
        mark(o, e.getValue());
        m.out.close();
      }
      for (Map.Entry<String, Set<String>> e : locals) {
        mark(p.local(e.getKey()), e.getValue());
      }
    }

    private void mark(String o, Set<String> fields) {
      for (String name : fields) {
        String field = o + ".$$" + name;
        m.out.line("if (Number.isInteger(" + field + ") && (" + o + ".$fi === null || !" + o + ".$fi.has("
            + JsNames.string(name) + "))) " + m.accessors.setter(name) + "(" + o + ", "
            + rt("types/float.js", "makeFloat") + "(" + field + "));");
      }
    }

    private void assignedBy(String name, Stmt.For loop) {
      Set<Stmt.For> loops = assigningLoops.computeIfAbsent(name, k -> new LinkedHashSet<>());
      if (loop != null) {
        loops.add(loop);
      }
    }

    /**
     * Writes the names the iteration has assigned back to the Python locals. The body has no
     * branch and nothing leaves a pass early but this write-back, so an assignment has run when
     * it comes before this point in a pass under way, or when its loop completed a pass.
     */
    private void writeBack() {
      for (Map.Entry<String, Set<Stmt.For>> e : assigningLoops.entrySet()) {
        String name = e.getKey();
        String k = vars.get(name);
        String value = p.kinds.get(name) == Kind.FLOAT ? rt("types/float.js", "makeFloat") + "(" + k + ")" : k;
        String store = p.local(name) + " = " + value + ";";
        // A method's attribute fact for a rebound object local speaks of the object it held before.
        if (f.attributeFacts().reset(name, m, f) instanceof String reset) {
          store = "{ " + store + " " + reset + " }";
        }
        if (passes.stream().anyMatch(x -> x.assigned().contains(name))) {
          m.out.line(store);
          continue;
        }
        List<String> done = e.getValue().stream().map(loopFlags::get).toList();
        if (!done.isEmpty()) {
          m.out.line("if (" + String.join(" || ", done) + ") " + store);
        }
      }
    }

    private void block(List<Stmt> body) {
      for (Stmt s : body) {
        statement(s);
      }
    }

    /** Records that the current pass has assigned `name`. */
    private void assigned(String name) {
      passes.peek().assigned().add(name);
    }

    private void statement(Stmt s) {
      m.out.at(s.span().lineno());
      switch (s) {
        case Stmt.For fo -> {
          String target = ((Expr.Name) fo.target()).id();
          String c = m.fresh("c");
          String end = m.fresh("e");
          List<Expr> args = p.rangeArgs(fo.iter());
          if (args != null) {
            String start = args.size() == 1 ? "0" : intCode(args.get(0));
            m.out.open("for (let " + c + " = " + start + ", " + end + " = " + intCode(args.get(args.size() - 1)) + "; "
                + c + " < " + end + "; " + c + "++)");
            m.out.line(vars.get(target) + " = " + c + ";");
          } else {
            String list = p.local(((Expr.Name) fo.iter()).id());
            m.out.open("for (let " + c + " = 0; " + c + " < " + list + ".length; " + c + "++)");
            m.out.line(vars.get(target) + " = " + list + "[" + c + "];");
          }
          passes.push(new Pass(fo, new HashSet<>()));
          assigned(target);
          block(fo.body());
          passes.pop();
          m.out.line(loopFlags.get(fo) + " = true;");
          m.out.close();
        }
        case Stmt.Assign a when a.value() instanceof Expr.Subscript sub && sub.value() instanceof Expr.Name list
            && a.targets().get(0) instanceof Expr.Name n -> {
          String l = p.local(list.id());
          String i = vars.get(((Expr.Name) sub.slice()).id());
          // The index is a non-negative int: past the end, the generic subscript raises IndexError.
          bail(i + " >= " + l + ".length", s);
          m.out.line(vars.get(n.id()) + " = " + l + "[" + i + "];");
          assigned(n.id());
        }
        case Stmt.Assign a -> store(a.targets().get(0), null, a.value(), s);
        case Stmt.AugAssign a -> store(a.target(), a.op(), a.value(), s);
        default -> throw new IllegalStateException("not a kernel statement: " + s);
      }
    }

    /** `target = value` or `target op= value`: the value, the zero-divisor bail-out, then the store. */
    private void store(Expr target, Operator op, Expr value, Stmt s) {
      List<String> divisors = new ArrayList<>();
      String current = target instanceof Expr.Name n ? vars.get(n.id()) : field((Expr.Attribute) target);
      String code = op == null ? expr(value, divisors) : binary(current, op, value, divisors);
      String r = code;
      if (!divisors.isEmpty()) {
        r = m.temp(f);
        m.out.line(r + " = " + code + ";");
        bail(String.join(" || ", divisors.stream().map(d -> d + " === 0").toList()), s);
      }
      if (target instanceof Expr.Name n) {
        m.out.line(vars.get(n.id()) + " = " + r + ";");
        assigned(n.id());
        return;
      }
      Expr.Attribute at = (Expr.Attribute) target;
      if (divisors.isEmpty()) {
        String t = m.temp(f);
        m.out.line(t + " = " + r + ";");
        r = t;
      }
      String o = vars.get(((Expr.Name) at.value()).id());
      String name = m.mangle(at.attr(), f);
      // An integral value stored raw is marked when the pass ends (settle).
      m.out.line("if (" + o + ".$fi === null) " + o + ".$$" + name + " = " + r
          + "; else " + m.accessors.setter(name) + "(" + o + ", " + rt("types/float.js", "makeFloat") + "(" + r + "));");
    }

    /**
     * Where the kernel cannot go on (`when` holds before statement `s` stores anything): writes
     * the locals back and runs the generic code of `s`, which raises.
     */
    private void bail(String when, Stmt s) {
      m.out.open("if (" + when + ")");
      settle();
      writeBack();
      m.statements.statement(s, f);
      m.out.close();
      m.out.at(s.span().lineno());
    }

    private String field(Expr.Attribute at) {
      return vars.get(((Expr.Name) at.value()).id()) + ".$$" + m.mangle(at.attr(), f);
    }

    private String intCode(Expr e) {
      if (FloatKernelPlan.smallNonNegative(e) instanceof BigInteger v) {
        return v.toString();
      }
      if (e instanceof Expr.Name n) {
        return vars.get(n.id());
      }
      Expr.BinOp b = (Expr.BinOp) e;
      return "(" + vars.get(((Expr.Name) b.left()).id()) + " + " + FloatKernelPlan.smallNonNegative(b.right()) + ")";
    }

    private String binary(String left, Operator op, Expr right, List<String> divisors) {
      String r = expr(right, divisors);
      return switch (op) {
        case Add -> "(" + left + " + " + r + ")";
        case Sub -> "(" + left + " - " + r + ")";
        case Mult -> "(" + left + " * " + r + ")";
        case Div -> {
          String d = m.temp(f);
          divisors.add(d);
          yield "(" + left + " / (" + d + " = " + r + "))";
        }
        default -> throw new IllegalStateException("not a kernel operator: " + op);
      };
    }

    /** Float arithmetic as JS double arithmetic; each divisor is kept in a temporary added to `divisors`. */
    private String expr(Expr e, List<String> divisors) {
      if (FloatKernelPlan.smallInt(e) instanceof BigInteger v) {
        // An int literal converts exactly to a double; `-0` is the int 0, not -0.0.
        return v.signum() < 0 ? "(" + v + ")" : v.toString();
      }
      return switch (e) {
        case Expr.Constant c -> "(" + ExpressionEmitter.doubleLiteral(((dev.taipan.frontend.ast.ConstantValue.FloatValue) c.value()).value()) + ")";
        case Expr.Name n -> vars.get(n.id());
        case Expr.Attribute at -> field(at);
        case Expr.UnaryOp u when u.op() == UnaryOperator.USub -> "(-" + expr(u.operand(), divisors) + ")";
        case Expr.BinOp b when b.op() == Operator.Pow -> "Math.sqrt(" + expr(b.left(), divisors) + ")";
        case Expr.BinOp b -> binary(expr(b.left(), divisors), b.op(), b.right(), divisors);
        default -> throw new IllegalStateException("not kernel arithmetic: " + e);
      };
    }
  }
}
