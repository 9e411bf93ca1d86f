package dev.taipan.frontend.unparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.taipan.frontend.testing.Python3;
import dev.taipan.frontend.testing.PythonAstJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Unparses CPython's trees of the golden corpus and a sample of the standard library, and checks
 * with CPython that the source we write parses back to the same tree.
 */
class LiveUnparseTest {
  private static final Path SCRIPTS = Path.of("src/test/python");

  @Test
  void unparsedSourceParsesToTheSameTree() throws Exception {
    assumeTrue(Python3.available(), "python3 3.11 not found: live unparse comparison skipped");
    Path tmp = Files.createDirectories(Path.of("target/unparse-live"));
    List<String> files = new ArrayList<>();
    try (var corpus = Files.list(Path.of("src/test/resources/corpus"))) {
      corpus
          .filter(f -> f.toString().endsWith(".py") && !f.endsWith("regenerate.py") && !f.toString().contains("312"))
          .sorted()
          .forEach(f -> files.add(f.toString()));
    }
    Python3.stdlibSample(Integer.getInteger("unparse.sampleStep", 25)).forEach(f -> files.add(f.toString()));
    List<String> json = new ArrayList<>(List.of(SCRIPTS.resolve("ast_json.py").toString()));
    json.addAll(files);
    List<String> pairs = new ArrayList<>(List.of(SCRIPTS.resolve("same_ast.py").toString()));
    List<String> names = new ArrayList<>();
    List<String> crashes = new ArrayList<>();
    int n = 0;
    int ambiguous = 0;
    for (String line : Python3.run(json).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject o = JsonParser.parseString(line).getAsJsonObject();
      if (o.has("error")) {
        continue;
      }
      if (o.get("surrogate_pairs").getAsBoolean()) {
        ambiguous++;
        continue;
      }
      String file = o.get("file").getAsString();
      String source;
      try {
        source = Unparser.unparse(PythonAstJson.module(o.getAsJsonObject("ast")));
      } catch (RuntimeException e) {
        crashes.add(file + ": " + e);
        continue;
      }
      Path out = tmp.resolve((n++) + ".py");
      Files.writeString(out, source, StandardCharsets.UTF_8);
      pairs.add(file);
      pairs.add(out.toString());
      names.add(file);
    }
    String[] verdicts = Python3.run(pairs).split("\n");
    List<String> failures = new ArrayList<>(crashes);
    for (int i = 0; i < names.size(); i++) {
      if (!verdicts[i].equals("same")) {
        failures.add(names.get(i) + " (" + tmp.resolve(i + ".py") + "): " + verdicts[i]);
      }
    }
    System.out.printf(
        "unparse live round trip: %d/%d files agree (%d skipped: str constants with escaped surrogate pairs)%n",
        names.size() + crashes.size() - failures.size(), names.size() + crashes.size(), ambiguous);
    assertEquals(List.of(), failures);
  }
}
