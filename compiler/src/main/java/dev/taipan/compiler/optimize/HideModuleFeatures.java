package dev.taipan.compiler.optimize;

import com.google.javascript.jscomp.Compiler;
import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.SourceFile;
import com.google.javascript.rhino.Node;
import com.google.javascript.rhino.Token;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Hides from Closure Compiler two module features it refuses though its output is an ES module
 * where they are legal: a top-level {@code await E} (a runtime file awaits Node's {@code fs} at
 * load time) becomes a call {@code $await(E)}, and a dynamic {@code import(S)} of a host module
 * ({@code node:fs}, which Closure cannot resolve) becomes {@code $import(S)}; both names are
 * externs, so Closure keeps the calls in place. The bundle turns them back into {@code await (E)}
 * and {@code  import(S)}, of the same length, so the source map stays exact.
 */
final class HideModuleFeatures {
  static final String AWAIT = "$await";
  static final String IMPORT = "$import";

  private HideModuleFeatures() {}

  /** {@code js} with each top-level {@code await} and each {@code import(...)} hidden behind an extern call. */
  static String hide(String path, String js) {
    if (!js.contains("await") && !js.contains("import(")) {
      return js;
    }
    Node root = parse(path, js);
    // Point edits {offset, kind}: 0 = insert ')', 1 = 'await' -> '$await(', 2 = 'import' -> '$import'.
    List<int[]> edits = new ArrayList<>();
    record Visit(Node node, boolean inFunction) {}
    Deque<Visit> work = new ArrayDeque<>();
    if (root != null) {
      work.push(new Visit(root, false));
    }
    while (!work.isEmpty()) {
      Visit v = work.pop();
      Node n = v.node();
      boolean inFunction = v.inFunction() || n.isFunction();
      if (n.isAwait() && !inFunction) {
        expect(path, js, n.getSourceOffset(), "await");
        edits.add(new int[] {n.getSourceOffset(), 1});
        edits.add(new int[] {n.getSourceOffset() + n.getLength(), 0});
      } else if (n.getToken() == Token.DYNAMIC_IMPORT) {
        expect(path, js, n.getSourceOffset(), "import");
        edits.add(new int[] {n.getSourceOffset(), 2});
      }
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        work.push(new Visit(c, inFunction));
      }
    }
    // From the end backwards, so nested awaits keep their offsets.
    edits.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0]) : Integer.compare(a[1], b[1]));
    StringBuilder b = new StringBuilder(js);
    for (int[] e : edits) {
      switch (e[1]) {
        case 0 -> b.insert(e[0], ')');
        case 1 -> b.replace(e[0], e[0] + "await".length(), AWAIT + "(");
        default -> b.replace(e[0], e[0] + "import".length(), IMPORT);
      }
    }
    return b.toString();
  }

  private static void expect(String path, String js, int offset, String keyword) {
    if (!js.startsWith(keyword, offset)) {
      throw new IllegalStateException(path + ": no '" + keyword + "' at offset " + offset);
    }
  }

  /**
   * The bundle with each hidden feature written back: only calls of the two externs are
   * rewritten, found by parsing the bundle, never the same text inside a string literal.
   */
  static String restore(String bundle) {
    if (!bundle.contains(AWAIT) && !bundle.contains(IMPORT)) {
      return bundle;
    }
    StringBuilder b = new StringBuilder(bundle);
    for (Node n : nodes(parse("bundle.js", bundle))) {
      if (n.isCall() && n.getFirstChild().isName()) {
        Node callee = n.getFirstChild();
        int at = callee.getSourceOffset();
        if (callee.getString().equals(AWAIT) && bundle.startsWith(AWAIT + "(", at)) {
          b.replace(at, at + AWAIT.length() + 1, "await (");
        } else if (callee.getString().equals(IMPORT) && bundle.startsWith(IMPORT + "(", at)) {
          b.replace(at, at + IMPORT.length() + 1, " import(");
        }
      }
    }
    return b.toString();
  }

  private static Node parse(String path, String js) {
    Compiler compiler = new Compiler(new PrintStream(OutputStream.nullOutputStream()));
    CompilerOptions options = new CompilerOptions();
    options.setLanguageIn(CompilerOptions.LanguageMode.STABLE_IN);
    compiler.initOptions(options);
    return compiler.parse(SourceFile.fromCode(path, js));
  }

  private static List<Node> nodes(Node root) {
    List<Node> out = new ArrayList<>();
    Deque<Node> work = new ArrayDeque<>();
    if (root != null) {
      work.push(root);
    }
    while (!work.isEmpty()) {
      Node n = work.pop();
      out.add(n);
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        work.push(c);
      }
    }
    return out;
  }
}
