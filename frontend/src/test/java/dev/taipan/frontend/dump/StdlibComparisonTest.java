package dev.taipan.frontend.dump;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Parses every file of the installed CPython standard library and compares our AST dump with
 * CPython's {@code ast.dump} (plain and with positions), and our syntax errors' lines with
 * CPython's. Skipped when python3 is not installed.
 */
class StdlibComparisonTest {
  /** The plain-dump agreement reached so far; the test fails if a change lowers it. */
  private static final double PLAIN_BASELINE = 0.9966;

  @Test
  void astDumpsMatchCPythonOnTheStandardLibrary() throws Exception {
    String root = System.getProperty("taipan.pythonRoot");
    Path stdlib = root != null ? Path.of(root) : stdlib();
    Assumptions.assumeTrue(stdlib != null, "python3 is not installed: skipping the CPython standard library comparison");
    Path work = Files.createTempDirectory("taipan-stdlib");
    Path script = work.resolve("cpython_ast_dumps.py");
    try (InputStream in = StdlibComparisonTest.class.getResourceAsStream("cpython_ast_dumps.py")) {
      Files.copy(in, script);
    }
    String cached = System.getProperty("taipan.cpythonDumps");
    // CPython's dumps only change with the interpreter: keep them in target/ between builds.
    Path expected = cached != null ? Path.of(cached)
        : Path.of("target", "cpython-dumps-" + Integer.toHexString((stdlib + pythonVersion).hashCode())
            + "-" + Integer.toHexString(script(script).hashCode()) + ".tsv");
    if (!Files.exists(expected)) {
      Path fresh = work.resolve("cpython.tsv");
      run("python3", script.toString(), stdlib.toString(), fresh.toString());
      Files.createDirectories(expected.toAbsolutePath().getParent());
      Files.copy(fresh, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> lines = Files.readAllLines(expected, StandardCharsets.UTF_8);
    int okFiles = 0;
    int plainSame = 0;
    int attrsSame = 0;
    int errFiles = 0;
    int errSame = 0;
    List<String> plainMismatches = new ArrayList<>();
    List<String> errorMismatches = new ArrayList<>();
    List<String> attrsMismatches = new ArrayList<>();
    long lineCount = 0;
    long parseNanos = 0;
    for (String row : lines) {
      String[] f = row.split("\t", -1);
      Path file = stdlib.resolve(f[0]);
      byte[] bytes = Files.readAllBytes(file);
      long t0 = System.nanoTime();
      ParseResult result = SourceParser.parse(f[0], bytes);
      parseNanos += System.nanoTime() - t0;
      if (f[1].equals("ok")) {
        okFiles++;
        if (result instanceof ParseResult.Success s) {
          lineCount += s.lines().lineCount();
          String plain = AstDump.dump(s.module(), false);
          if (md5(plain).equals(f[2])) {
            plainSame++;
          } else {
            plainMismatches.add(f[0]);
          }
          if (md5(AstDump.dump(s.module(), true)).equals(f[3])) {
            attrsSame++;
          } else {
            attrsMismatches.add(f[0]);
          }
        } else {
          plainMismatches.add(f[0] + " (we reject: " + ((ParseResult.Failure) result).diagnostic().headline() + ")");
        }
      } else {
        errFiles++;
        int line = Integer.parseInt(f[2]);
        if (result instanceof ParseResult.Failure fail && (line == 0 || fail.diagnostic().line() == line)) {
          errSame++;
        } else {
          errorMismatches.add(f[0] + " CPython line " + line + " (" + f[3] + "), we: "
              + (result instanceof ParseResult.Failure fail ? fail.diagnostic().headline() : "accepted"));
        }
      }
    }
    double plainRate = (double) plainSame / okFiles;
    System.out.printf("stdlib: %d files CPython parses; plain dump identical: %d (%.2f%%), with attributes: %d (%.2f%%)%n",
        okFiles, plainSame, 100 * plainRate, attrsSame, 100.0 * attrsSame / okFiles);
    System.out.printf("stdlib: %d files CPython rejects; error on the same line: %d%n", errFiles, errSame);
    System.out.printf("stdlib: parsed %d lines in %.2f s (%.0f lines/s, including warm-up)%n",
        lineCount, parseNanos / 1e9, lineCount / (parseNanos / 1e9));
    for (int i = 0; i < Math.min(15, plainMismatches.size()); i++) {
      String name = plainMismatches.get(i);
      System.out.println("MISMATCH " + name + (i < 5 && !name.contains(" ") ? firstDifference(script, stdlib, name, work, false) : ""));
    }
    for (int i = 0; i < Math.min(15, attrsMismatches.size()); i++) {
      String name = attrsMismatches.get(i);
      System.out.println("POSITION-MISMATCH " + name + (i < 8 ? firstDifference(script, stdlib, name, work, true) : ""));
    }
    errorMismatches.forEach(m -> System.out.println("ERROR-MISMATCH " + m));
    if (root != null) {
      return;
    }
    assertTrue(plainRate >= PLAIN_BASELINE, "plain dump agreement dropped below " + PLAIN_BASELINE);
    assertTrue(errorMismatches.isEmpty(), "syntax errors not on CPython's line: " + errorMismatches);
  }

  private static String firstDifference(Path script, Path stdlib, String rel, Path work, boolean attributes) throws Exception {
    Path out = work.resolve("one.txt");
    run("python3", script.toString(), stdlib.toString(), out.toString(), rel);
    String theirs = Files.readAllLines(out, StandardCharsets.UTF_8).get(attributes ? 1 : 0);
    ParseResult.Success s = (ParseResult.Success) SourceParser.parse(rel, Files.readAllBytes(stdlib.resolve(rel)));
    String ours = AstDump.dump(s.module(), attributes);
    int i = 0;
    while (i < ours.length() && i < theirs.length() && ours.charAt(i) == theirs.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 80);
    return "\n   at " + i + "\n   cpython: ..." + theirs.substring(from, Math.min(theirs.length(), i + 80))
        + "\n   taipan:  ..." + ours.substring(from, Math.min(ours.length(), i + 80));
  }

  private static String pythonVersion = "";

  private static String script(Path script) throws IOException {
    return Files.readString(script, StandardCharsets.UTF_8);
  }

  private static Path stdlib() {
    try {
      Process p = new ProcessBuilder("python3", "-c", "import sys, sysconfig; print(sysconfig.get_paths()['stdlib']); print(sys.version)")
          .redirectErrorStream(true).start();
      String[] out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim().split("\n", 2);
      if (p.waitFor() != 0 || out[0].isEmpty()) {
        return null;
      }
      pythonVersion = out.length > 1 ? out[1] : "";
      return Path.of(out[0]);
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static void run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).inheritIO().start();
    if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("failed: " + String.join(" ", command));
    }
  }

  private static String md5(String s) throws Exception {
    MessageDigest md = MessageDigest.getInstance("MD5");
    return HexFormat.of().formatHex(md.digest(utf8(s)));
  }

  /** UTF-8 with lone surrogates encoded as Python's surrogatepass does. */
  private static byte[] utf8(String s) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int cp = c;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        cp = Character.toCodePoint(c, s.charAt(++i));
      }
      if (cp < 0x80) {
        out.write(cp);
      } else if (cp < 0x800) {
        out.write(0xC0 | cp >> 6);
        out.write(0x80 | cp & 0x3F);
      } else if (cp < 0x10000) {
        out.write(0xE0 | cp >> 12);
        out.write(0x80 | cp >> 6 & 0x3F);
        out.write(0x80 | cp & 0x3F);
      } else {
        out.write(0xF0 | cp >> 18);
        out.write(0x80 | cp >> 12 & 0x3F);
        out.write(0x80 | cp >> 6 & 0x3F);
        out.write(0x80 | cp & 0x3F);
      }
    }
    return out.toByteArray();
  }
}
