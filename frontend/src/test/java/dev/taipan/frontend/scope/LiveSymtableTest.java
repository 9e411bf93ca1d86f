package dev.taipan.frontend.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.taipan.frontend.testing.Python3;
import dev.taipan.frontend.testing.PythonAstJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Compares our symbol tables with Python's {@code symtable} module over the scope corpus and a sample
 * of the installed standard library, the trees coming from CPython's own parser so this checks scope analysis alone.
 */
class LiveSymtableTest {
  private static final Path SCRIPTS = Path.of("src/test/python");

  @Test
  void agreesWithPythonSymtableOnStdlibSample() throws Exception {
    assumeTrue(Python3.available(), "python3 3.11 not found: live symtable comparison skipped");
    int step = Integer.getInteger("symtable.sampleStep", 25);
    List<String> files = new ArrayList<>();
    try (var corpus = java.nio.file.Files.list(Path.of("src/test/resources/symtable"))) {
      corpus.filter(f -> f.toString().endsWith(".py") && !f.endsWith("regenerate.py")).sorted().forEach(f -> files.add(f.toString()));
    }
    Python3.stdlibSample(step).forEach(f -> files.add(f.toString()));
    Map<String, String> expected = splitMany(Python3.run(concat(SCRIPTS.resolve("symtable_dump.py").toString(), "--many", files)));
    List<String> failures = new ArrayList<>();
    int compared = 0;
    for (String line : Python3.run(concat(SCRIPTS.resolve("ast_json.py").toString(), null, files)).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject o = JsonParser.parseString(line).getAsJsonObject();
      if (o.has("error")) {
        continue;
      }
      String file = o.get("file").getAsString();
      String actual;
      try {
        actual = SymtableFormat.format(ScopeAnalysis.analyze(PythonAstJson.module(o.getAsJsonObject("ast"))));
      } catch (SymbolTableError e) {
        actual = "SyntaxError: " + e.getMessage() + " (line " + e.span().lineno() + ")\n";
      }
      compared++;
      if (!actual.equals(expected.get(file))) {
        failures.add(file + "\n--- expected\n" + expected.get(file) + "--- actual\n" + actual);
      }
    }
    System.out.printf("symtable live comparison: %d/%d files agree%n", compared - failures.size(), compared);
    assertEquals(List.of(), failures);
  }

  @Test
  void parsedWithTaipanAgreesWithPythonSymtableOnStdlibSample() throws Exception {
    assumeTrue(Python3.available(), "python3 3.11 not found: live symtable comparison skipped");
    List<String> files = new ArrayList<>();
    Python3.stdlibSample(Integer.getInteger("symtable.sampleStep", 25)).forEach(f -> files.add(f.toString()));
    Map<String, String> expected = splitMany(Python3.run(concat(SCRIPTS.resolve("symtable_dump.py").toString(), "--many", files)));
    List<String> failures = new ArrayList<>();
    int compared = 0;
    int notParsed = 0;
    for (String file : files) {
      String want = expected.get(file);
      if (want == null || want.startsWith("Error:")) {
        continue;
      }
      var result = dev.taipan.frontend.parse.SourceParser.parse(file, java.nio.file.Files.readAllBytes(Path.of(file)));
      if (!(result instanceof dev.taipan.frontend.parse.ParseResult.Success ok)) {
        notParsed++;
        continue;
      }
      String actual;
      try {
        actual = SymtableFormat.format(ScopeAnalysis.analyze(ok.module()));
      } catch (SymbolTableError e) {
        actual = "SyntaxError: " + e.getMessage() + " (line " + e.span().lineno() + ")\n";
      }
      compared++;
      if (!actual.equals(want)) {
        failures.add(file);
      }
    }
    System.out.printf(
        "symtable end to end (taipan parser): %d/%d files agree, %d not parsed by taipan%n",
        compared - failures.size(), compared, notParsed);
    assertEquals(List.of(), failures);
  }

  private static List<String> concat(String script, String flag, List<String> files) {
    List<String> out = new ArrayList<>();
    out.add(script);
    if (flag != null) {
      out.add(flag);
    }
    out.addAll(files);
    return out;
  }

  static Map<String, String> splitMany(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    String file = null;
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("== ")) {
        if (file != null) {
          out.put(file, b.toString());
        }
        file = line.substring(3);
        b.setLength(0);
      } else if (file != null && !line.isEmpty()) {
        b.append(line).append('\n');
      }
    }
    if (file != null) {
      out.put(file, b.toString());
    }
    return out;
  }
}
