package dev.taipan.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.taipan.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one {@code taipan} command in-process with its output captured, and checks the promise every
 * command makes on any input: a status of 0, 1 or 2, a positioned diagnostic instead of a trace,
 * no hang, and no half-written output directory.
 */
final class CliRun {
  /**
   * Only a hang detector. A small program takes well under a second, but the regression cases of
   * 20,000 chained additions or 3,000 elif branches take seconds on an idle machine and over 20 s
   * on a loaded 2-core one, which is slowness, not a hang.
   */
  static final long HANG_SECONDS = 90;

  private static final Pattern JAVA_FRAME = Pattern.compile("\\n\\s*at [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|\\tat ");

  private static final Pattern JAVA_THROWABLE =
      Pattern.compile("\\b(java|javax|jdk|sun|dev\\.taipan|org|com)(\\.[a-z]\\w*)*\\.[A-Z]\\w*(Exception|Error)\\b");

  private static final Pattern POSITION = Pattern.compile("(?m)^[^\\n]*:\\d+:\\d+: ");
  private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "taipan-fuzz");
    t.setDaemon(true);
    return t;
  });

  /** What one command did. */
  record Outcome(String input, int status, String out, String err) {
    String describe() {
      return "status " + status + "\n--- stderr ---\n" + err + "\n--- stdout ---\n" + clip(out) + "\n--- input ---\n" + clip(input);
    }
  }

  private CliRun() {}

  /** Runs {@code taipan args...} with System.out and System.err captured, failing on a hang. */
  static synchronized Outcome run(byte[] input, String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    String shown = new String(input, StandardCharsets.UTF_8);
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int status;
    try {
      Future<Integer> f = RUNNER.submit(() -> Main.execute(args));
      try {
        status = f.get(HANG_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        f.cancel(true);
        System.setOut(oldOut);
        System.setErr(oldErr);
        fail("taipan " + String.join(" ", args) + " did not finish within " + HANG_SECONDS + " s on:\n" + clip(shown));
        return null;
      } catch (ExecutionException e) {
        throw new AssertionError("taipan " + String.join(" ", args) + " threw on:\n" + clip(shown), e.getCause());
      }
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Outcome(shown, status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The promise every command keeps, whatever the input. */
  static void assertWellBehaved(Outcome o) {
    assertTrue(o.status() == 0 || o.status() == 1 || o.status() == 2, "unexpected exit status\n" + o.describe());
    // Python source echoed in a diagnostic may itself say "Exception", so look for Java's own
    // words: a thread banner, or a qualified Java throwable class name.
    for (String banned : new String[] {"Exception in thread", "at dev.taipan", "internal error"}) {
      assertFalse(o.err().contains(banned), "stderr contains '" + banned + "'\n" + o.describe());
    }
    assertFalse(JAVA_THROWABLE.matcher(o.err()).find(), "stderr names a Java throwable\n" + o.describe());
    assertFalse(JAVA_FRAME.matcher(o.err()).find(), "stderr has a Java stack frame\n" + o.describe());
    if (o.status() != 0) {
      assertFalse(o.err().isBlank(), "failed without a message\n" + o.describe());
      assertPositioned(o);
    }
  }

  /** A diagnostic names {@code file:line:col:} and shows the source line with a caret under it. */
  static void assertPositioned(Outcome o) {
    assertTrue(POSITION.matcher(o.err()).find(), "diagnostic without file:line:col:\n" + o.describe());
    assertTrue(o.err().lines().anyMatch(l -> l.strip().startsWith("^")), "diagnostic without a caret line\n" + o.describe());
  }

  /** Every file under {@code dir} with its content, or null when {@code dir} does not exist. */
  static Map<String, String> snapshot(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return null;
    }
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted().toList()) {
        String key = dir.relativize(p).toString();
        files.put(key, Files.isDirectory(p) ? "<dir>" : Files.readString(p, StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  /** A failed build leaves the output directory as it found it (absent, or unchanged). */
  static void assertUntouchedOnFailure(Outcome o, Map<String, String> before, Path outDir) throws IOException {
    if (o.status() != 0) {
      assertEquals(before, snapshot(outDir), "a failed build changed its output directory\n" + o.describe());
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static String clip(String s) {
    return s.length() <= 3000 ? s : s.substring(0, 3000) + "\n... (" + s.length() + " chars)";
  }
}
