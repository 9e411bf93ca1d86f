package dev.taipan.compiler.optimize;

import com.google.debugging.sourcemap.FilePosition;
import com.google.debugging.sourcemap.SourceMapConsumerV3;
import com.google.debugging.sourcemap.SourceMapParseException;
import com.google.javascript.jscomp.Compiler;
import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.SourceFile;
import com.google.javascript.rhino.Node;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps Python tracebacks exact through the bundle. Unbundled, each generated module registers
 * its URL with a JS-line to Python-line table, and a frame's Python name comes from its JS
 * function's name (internals/traceback.js). In the bundle every module shares one URL and names
 * are renamed, so the per-module tables are taken out before Closure runs, and afterwards the
 * source map gives, for each position of the bundle, the generated module and line it came
 * from, hence the Python file, line and the JS name of the function around it: one table for
 * the whole bundle, registered before the program's modules run.
 */
final class TracebackPositions {
  /** The extern the bundle defines last (hoisted, so callable from its start) returning the table. */
  static final String TABLE_FUNCTION = "$positions";

  /** The module, run before the program's, that registers the bundle's table. */
  static final String REGISTER_MODULE = "taipan-positions.js";

  private static final String TRACEBACK = "taipan-runtime/internals/traceback.js";
  private static final Pattern REGISTER = Pattern.compile(
      "^\\$registerLines\\(import\\.meta\\.url, ('(?:[^'\\\\\\n]|\\\\.)*'), \\[([0-9,]*)\\]"
          + "(?:, ('(?:[^'\\\\\\n]|\\\\.)*'))?(?:, '([0-9,;-]*)')?\\);$", Pattern.MULTILINE);

  /** A function of a generated module: its source range and the name V8 gives its frames. */
  private record Function(int start, int end, String name) {}

  /**
   * What a generated module contributes: its Python file and module name (as JS literals; the
   * name is `undefined` when the registration gives none), line table and functions.
   */
  private record Module(String pyFileLiteral, String nameLiteral, int[] pyLines, int[] lineStarts,
      List<Function> functions, Map<Integer, List<int[]>> ranges) {}

  private final Map<String, Module> modules = new LinkedHashMap<>();

  private TracebackPositions() {}

  /**
   * Takes each generated module's line registration out of {@code files} (the line stays, empty,
   * so positions do not move) and remembers it; returns the files to bundle, with the module
   * that registers the bundle's table when there is one.
   */
  static TracebackPositions extract(Map<String, String> files) {
    TracebackPositions t = new TracebackPositions();
    for (var e : files.entrySet()) {
      if (!e.getKey().endsWith(".js")) {
        continue;
      }
      Matcher m = REGISTER.matcher(e.getValue());
      if (!m.find()) {
        continue;
      }
      String js = e.getValue().substring(0, m.start()) + e.getValue().substring(m.end());
      String[] parts = m.group(2).isEmpty() ? new String[0] : m.group(2).split(",");
      int[] lines = new int[parts.length];
      for (int i = 0; i < parts.length; i++) {
        lines[i] = Integer.parseInt(parts[i]);
      }
      t.modules.put(e.getKey(), new Module(m.group(1), m.group(3) == null ? "undefined" : m.group(3), lines,
          lineStarts(js), functions(e.getKey(), js), ranges(m.group(4))));
      e.setValue(js);
    }
    if (!t.modules.isEmpty() && files.containsKey(TRACEBACK)) {
      files.put(REGISTER_MODULE, "import { registerBundle } from './" + TRACEBACK + "';\n"
          + "registerBundle(() => import.meta.url, " + TABLE_FUNCTION + ");\n");
    }
    return t;
  }

  /** The entry module to bundle from: the registration first, then the program's entry. */
  static String entryModule(Map<String, String> files, String entry) {
    return (files.containsKey(REGISTER_MODULE) ? "import './" + REGISTER_MODULE + "';\n" : "")
        + "import './" + entry + "';\n";
  }

  /**
   * The marked ranges of a module's registration (codegen's ModuleEmitter.positionTable): 1-based
   * JS line to {start, end, line, column, end line, end column, anchor, a, b}.
   */
  private static Map<Integer, List<int[]>> ranges(String text) {
    Map<Integer, List<int[]>> byLine = new HashMap<>();
    if (text == null || text.isEmpty()) {
      return byLine;
    }
    int jsLine = 0;
    int pyLine = 0;
    for (String entry : text.split(";")) {
      String[] f = entry.split(",");
      int[] n = new int[f.length];
      for (int i = 0; i < f.length; i++) {
        n[i] = Integer.parseInt(f[i]);
      }
      jsLine += n[0];
      pyLine += n[3];
      byLine.computeIfAbsent(jsLine, k -> new ArrayList<>())
          .add(new int[] {n[1], n[1] + n[2], pyLine, n[4], pyLine + n[5], n[6], n[7], n[8], n[9]});
    }
    return byLine;
  }

  /**
   * The function the bundle ends with: {@code $positions()} returns {@code {files, names,
   * spans, lines}}, where {@code lines[i]} lists runs {@code column, file, Python line, name,
   * span} of bundle line {@code i} (0-based lines and columns; Python line 0: no Python
   * position; span 0: none, else 1 + the index of its seven numbers in {@code spans}: line,
   * column, end line, end column, anchor, a, b).
   */
  String tableFunction(String sourceMap) {
    SourceMapConsumerV3 consumer = new SourceMapConsumerV3();
    try {
      consumer.parse(sourceMap);
    } catch (SourceMapParseException e) {
      throw new IllegalStateException("Closure Compiler wrote an unreadable source map", e);
    }
    Map<String, Integer> files = new LinkedHashMap<>();
    Map<String, Integer> names = new LinkedHashMap<>();
    Map<List<Integer>, Integer> spans = new LinkedHashMap<>();
    TreeMap<Integer, List<int[]>> lines = new TreeMap<>();
    // The mapping in effect where the last visited line ends (mappings are visited in bundle
    // order). Closure leaves the start of a line unmapped when it breaks a line before a name
    // it made (`$load$$3();` after a break): those columns continue the previous line's last
    // mapping, and V8 places a call's frame at its callee, so the run is carried to column 0.
    int[][] state = {null}; // the last mapping visited
    consumer.visitMappings((String source, String symbol, FilePosition from, FilePosition start, FilePosition end) -> {
      int[] run = run(source, from, files, names, spans);
      List<int[]> row = lines.get(start.getLine());
      if (row == null) {
        row = new ArrayList<>();
        lines.put(start.getLine(), row);
        int[] carry = state[0];
        if (carry != null && carry[2] != 0 && start.getColumn() > 0) {
          row.add(new int[] {0, carry[1], carry[2], carry[3], carry[4]});
        }
      }
      state[0] = run;
      int[] last = row.isEmpty() ? null : row.get(row.size() - 1);
      boolean same = last == null ? run[2] == 0
          : last[1] == run[1] && last[2] == run[2] && last[3] == run[3] && last[4] == run[4];
      if (!same) {
        row.add(new int[] {start.getColumn(), run[1], run[2], run[3], run[4]});
      }
    });
    StringBuilder b = new StringBuilder("function ").append(TABLE_FUNCTION).append("(){return{files:[");
    b.append(String.join(",", files.keySet().stream().map(f -> modules.get(f).pyFileLiteral()).toList()));
    b.append("],modules:[");
    b.append(String.join(",", files.keySet().stream().map(f -> modules.get(f).nameLiteral()).toList()));
    b.append("],names:[");
    b.append(String.join(",", names.keySet().stream().map(n -> "'" + n.replace("\\", "\\\\").replace("'", "\\'") + "'").toList()));
    b.append("],spans:[");
    b.append(String.join(",", spans.keySet().stream().map(k -> String.join(",", k.stream().map(String::valueOf).toList())).toList()));
    b.append("],lines:{");
    boolean firstLine = true;
    for (var e : lines.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      b.append(firstLine ? "" : ",").append(e.getKey()).append(":[");
      firstLine = false;
      boolean first = true;
      for (int[] r : e.getValue()) {
        b.append(first ? "" : ",").append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append(',').append(r[3])
            .append(',').append(r[4]);
        first = false;
      }
      b.append(']');
    }
    return b.append("}}}\n").toString();
  }

  /**
   * {column, file index, Python line, name index, span} of one source position; Python line 0
   * when it has none; span 0 when no marked range holds it, else 1 + its offset in {@code spans}.
   */
  private int[] run(String source, FilePosition from, Map<String, Integer> files, Map<String, Integer> names,
      Map<List<Integer>, Integer> spans) {
    Module m = source == null ? null : modules.get(source);
    if (m == null || from == null) {
      return new int[] {0, 0, 0, 0, 0};
    }
    int line = from.getLine();
    int pyLine = line >= 0 && line < m.pyLines().length ? m.pyLines()[line] : 0;
    if (pyLine == 0) {
      return new int[] {0, 0, 0, 0, 0};
    }
    int span = 0;
    int[] range = innermost(m.ranges().get(line + 1), from.getColumn());
    if (range != null) {
      List<Integer> key = List.of(range[2], range[3], range[4], range[5], range[6], range[7], range[8]);
      span = 1 + 7 * spans.computeIfAbsent(key, k -> spans.size());
      pyLine = range[2];
    }
    int offset = (line < m.lineStarts().length ? m.lineStarts()[line] : 0) + from.getColumn();
    String name = "";
    int innermost = -1;
    for (Function f : m.functions()) {
      if (f.start() <= offset && offset < f.end() && f.start() >= innermost) {
        innermost = f.start();
        name = f.name();
      }
    }
    int file = files.computeIfAbsent(source, k -> files.size());
    int nameIndex = names.computeIfAbsent(name, k -> names.size());
    return new int[] {0, file, pyLine, nameIndex, span};
  }

  /** The innermost marked range holding a column, as internals/traceback.js's spanAt chooses it. */
  private static int[] innermost(List<int[]> ranges, int column) {
    int[] best = null;
    if (ranges == null) {
      return null;
    }
    for (int[] r : ranges) {
      if (r[0] <= column && column < r[1] && (best == null || r[0] > best[0] || (r[0] == best[0] && r[1] < best[1]))) {
        best = r;
      }
    }
    return best;
  }

  private static int[] lineStarts(String js) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < js.length(); i++) {
      if (js.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Every function of a generated module with the name V8 shows in its stack frames. */
  private static List<Function> functions(String path, String js) {
    Compiler compiler = new Compiler(new PrintStream(OutputStream.nullOutputStream()));
    CompilerOptions options = new CompilerOptions();
    options.setLanguageIn(CompilerOptions.LanguageMode.STABLE_IN);
    compiler.initOptions(options);
    Node root = compiler.parse(SourceFile.fromCode(path, js));
    List<Function> out = new ArrayList<>();
    Deque<Node> work = new ArrayDeque<>();
    if (root != null) {
      work.push(root);
    }
    while (!work.isEmpty()) {
      Node n = work.pop();
      if (n.isFunction()) {
        out.add(new Function(n.getSourceOffset(), n.getSourceOffset() + n.getLength(), v8Name(n)));
      }
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        work.push(c);
      }
    }
    return out;
  }

  /** The function's own name, else the name it is given by a declaration, assignment or key (V8's inference). */
  private static String v8Name(Node fn) {
    String own = fn.getFirstChild().getString();
    if (!own.isEmpty()) {
      return own;
    }
    Node p = fn.getParent();
    if (p == null) {
      return "";
    }
    if (p.isMemberFunctionDef() || p.isGetterDef() || p.isSetterDef() || p.isStringKey() || p.isName()) {
      return p.getString();
    }
    if (p.isAssign() && (p.getFirstChild().isName() || p.getFirstChild().isGetProp())) {
      return p.getFirstChild().getString();
    }
    return "";
  }
}
