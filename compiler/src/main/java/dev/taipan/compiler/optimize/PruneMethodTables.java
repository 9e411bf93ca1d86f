package dev.taipan.compiler.optimize;

import com.google.javascript.jscomp.AbstractCompiler;
import com.google.javascript.jscomp.CompilerPass;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import dev.taipan.compiler.TaipanCompiler;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes from the built-in types' method tables the methods no name of the program reaches,
 * before Closure's dead-code removal, so that the functions only they use go too
 * (docs/optimizer.md, "Methods of built-in types no name reaches").
 *
 * <p>A table is the object literal passed to the runtime's {@code defineMethods(type, table)}
 * ({@code internals/method-table.js}). An entry stays when its name is a dunder (the runtime's
 * operators reach those without a name), or is reached by the program ({@link ReachableNames},
 * from the Python source), or appears in the generated JavaScript (any identifier or word of a
 * string literal there: names the code generator itself looks up), or is looked up by the
 * runtime: a string literal of a runtime file that is exactly that name
 * ({@code callMethod(x, 'keys')}, {@code lookup(t, 'write')}; not one only compared with) or a property read off a
 * {@code $dict} ({@code rangeType.$dict.count}), outside the tables or inside an entry that
 * stays. Removed names are passed to {@code defineMethods} as one string, so listings of a
 * type's names still see them.
 */
final class PruneMethodTables implements CompilerPass {
  /** The runtime's marker function; Closure's module bundling appends {@code $$module$<file>}. */
  static final String MARKER = "defineMethods";

  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * Runtime files whose string literals only list names, CPython's, for dir() of a built-in
   * class and for a NameError's suggestion; they look nothing up (dir() or an import of
   * `builtins` turns pruning off, ReachableNames), so their names do not keep methods.
   */
  private static final Set<String> NAME_LISTINGS = Set.of(
      TaipanCompiler.RUNTIME_DIR + "/internals/builtin-dir-names.js",
      TaipanCompiler.RUNTIME_DIR + "/internals/builtins-order.js");

  private final AbstractCompiler compiler;
  private final ReachableNames program;

  PruneMethodTables(AbstractCompiler compiler, ReachableNames program) {
    this.compiler = compiler;
    this.program = program;
  }

  @Override
  public void process(Node externs, Node root) {
    if (program.all()) {
      return;
    }
    List<Node> tables = new ArrayList<>();
    Set<Node> tableLiterals = new HashSet<>();
    visit(root, n -> {
      if (isMarkerCall(n)) {
        tables.add(n);
        tableLiterals.add(n.getChildAtIndex(2));
      }
      return true;
    });
    Set<String> reached = new HashSet<>(program.names());
    for (Node script = firstScript(root); script != null; script = script.getNext()) {
      if (isRuntime(script) && NAME_LISTINGS.contains(script.getSourceFileName())) {
        continue;
      }
      if (isRuntime(script)) {
        collectRuntime(script, reached, tableLiterals);
      } else {
        collectGenerated(script, reached);
      }
    }
    // An entry that stays may look up another by name: grow the set until it holds.
    Set<Node> kept = new HashSet<>();
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Node call : tables) {
        for (Node entry = call.getChildAtIndex(2).getFirstChild(); entry != null; entry = entry.getNext()) {
          if (!kept.contains(entry) && keeps(entry, reached)) {
            kept.add(entry);
            int before = reached.size();
            collectRuntime(entry, reached, tableLiterals);
            grew |= reached.size() != before;
          }
        }
      }
    }
    for (Node call : tables) {
      List<String> pruned = new ArrayList<>();
      Node table = call.getChildAtIndex(2);
      for (Node entry = table.getFirstChild(); entry != null; ) {
        Node next = entry.getNext();
        if (!keeps(entry, reached)) {
          pruned.add(entry.getString());
          entry.detach();
        }
        entry = next;
      }
      if (!pruned.isEmpty() && call.getChildCount() == 3) {
        call.addChildToBack(IR.string(String.join(" ", pruned)));
        compiler.reportChangeToEnclosingScope(call);
      }
    }
  }

  /** Whether a table entry stays: anything but a plainly named method that nothing reaches. */
  private static boolean keeps(Node entry, Set<String> reached) {
    if (!(entry.isStringKey() || entry.isMemberFunctionDef())) {
      return true;
    }
    String name = entry.getString();
    return ReachableNames.alwaysKept(name) || reached.contains(name);
  }

  private static boolean isMarkerCall(Node n) {
    if (!n.isCall() || n.getChildCount() < 3) {
      return false;
    }
    Node callee = n.getFirstChild();
    return callee.isName() && (callee.getString().equals(MARKER) || callee.getString().startsWith(MARKER + "$$"))
        && n.getChildAtIndex(2).isObjectLit();
  }

  private static Node firstScript(Node root) {
    Node n = root;
    while (n != null && !n.isScript()) {
      n = n.getFirstChild();
    }
    return n;
  }

  private static boolean isRuntime(Node script) {
    String file = script.getSourceFileName();
    return file != null && file.startsWith(TaipanCompiler.RUNTIME_DIR + "/");
  }

  /** The runtime's lookups by name: whole-identifier string literals, and properties read off a {@code $dict}. */
  private static void collectRuntime(Node from, Set<String> reached, Set<Node> tableLiterals) {
    visit(from, n -> {
      if (tableLiterals.contains(n)) {
        return false;
      }
      String s = n.isStringLit() ? n.getString() : n.isTemplateLitString() ? n.getCookedString() : null;
      if (s != null && IDENTIFIER.matcher(s).matches() && !compared(n)) {
        reached.add(s);
      }
      if ((n.isGetProp() || n.isOptChainGetProp()) && n.getFirstChild().isGetProp() && n.getFirstChild().getString().equals("$dict")) {
        reached.add(n.getString());
      }
      return true;
    });
  }

  /**
   * Whether a literal is only compared with ({@code kind === 'decode'}, {@code case 'replace':}):
   * a comparison looks nothing up, and a name it tests came from the program or from another
   * literal, which counts.
   */
  private static boolean compared(Node literal) {
    Node p = literal.getParent();
    return p != null && (p.isSHEQ() || p.isSHNE() || p.isEQ() || p.isNE() || p.isCase() && p.getFirstChild() == literal);
  }

  /** Every word of the generated code: its identifiers, property names and string literals. */
  private static void collectGenerated(Node from, Set<String> reached) {
    visit(from, n -> {
      String s = null;
      if (n.isStringLit() || n.isName() || n.isGetProp() || n.isOptChainGetProp() || n.isStringKey()
          || n.isMemberFunctionDef() || n.isImportStar()) {
        s = n.getString();
      } else if (n.isTemplateLitString()) {
        s = n.getCookedString();
      }
      if (s != null) {
        Matcher m = WORD.matcher(s);
        while (m.find()) {
          reached.add(m.group());
        }
      }
      return true;
    });
  }

  private interface Visitor {
    /** Visits {@code n}; false skips its children. */
    boolean visit(Node n);
  }

  /** Preorder over {@code root} with an explicit stack: generated expressions nest deeply. */
  private static void visit(Node root, Visitor v) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (v.visit(n)) {
        for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
          stack.push(c);
        }
      }
    }
  }
}
