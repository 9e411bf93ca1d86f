package dev.taipan.cli;

import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code taipan bench-parse}: measures parsing throughput on a directory of Python files in one
 * warm JVM, and CPython's {@code ast.parse} on the same files, so the two can be compared.
 */
@Command(
    name = "bench-parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses every .py file under DIR (warm-up rounds, then measured rounds) and prints",
      "files, lines, seconds per round and lines/second, then the same for CPython's",
      "ast.parse (compile with PyCF_ONLY_AST) when python3 is on the PATH."
    })
public final class BenchParseCommand implements Callable<Integer> {
  /** Times CPython's parser on the files listed on stdin, one round per line of output. */
  private static final String PYTHON_BENCH =
      """
      import ast, sys, time
      warmup, rounds = int(sys.argv[1]), int(sys.argv[2])
      sources = []
      for path in sys.stdin.read().split("\\0"):
          if path:
              with open(path, "rb") as f:
                  sources.append((path, f.read()))
      def one_round():
          failed = 0
          start = time.perf_counter()
          for path, src in sources:
              try:
                  compile(src, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
              except (SyntaxError, ValueError):
                  failed += 1
          return time.perf_counter() - start, failed
      for _ in range(warmup):
          one_round()
      for _ in range(rounds):
          seconds, failed = one_round()
          print(f"{seconds:.6f} {failed}", flush=True)
      """;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--warmup", defaultValue = "3", description = "Warm-up rounds (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--no-python", description = "Do not run CPython for comparison.")
  boolean noPython;

  @Parameters(paramLabel = "DIR", description = "Directory searched recursively for .py files.")
  Path dir;

  private record Source(Path path, byte[] bytes) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(dir)) {
      err.println("taipan: not a directory: " + dir);
      err.flush();
      return 2;
    }
    List<Source> sources = new ArrayList<>();
    long lines = 0;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f)).sorted().toList()) {
        try {
          byte[] bytes = Files.readAllBytes(p);
          sources.add(new Source(p, bytes));
          lines += countLines(bytes);
        } catch (IOException e) {
          err.println("taipan: skipped unreadable " + p + ": " + AstCommand.describe(e));
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("taipan: cannot list " + dir + ": " + e.getMessage());
      err.flush();
      return 2;
    }
    if (sources.isEmpty()) {
      err.println("taipan: no .py files under " + dir);
      err.flush();
      return 2;
    }
    out.printf(Locale.ROOT, "files: %d, lines: %d, warm-up rounds: %d, measured rounds: %d%n", sources.size(), lines, warmup, rounds);
    for (int i = 0; i < warmup; i++) {
      parseAll(sources);
    }
    double[] taipan = new double[rounds];
    int failed = 0;
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      failed = parseAll(sources);
      taipan[i] = (System.nanoTime() - t0) / 1e9;
    }
    double taipanBest = min(taipan);
    report(out, "taipan ", taipan, lines, failed);
    if (noPython) {
      out.flush();
      return 0;
    }
    double[] cpython = runPython(sources, lines, err, out);
    if (cpython != null) {
      double cpythonBest = min(cpython);
      out.printf(
          Locale.ROOT,
          "ratio (taipan time / cpython time, best rounds): %.2f%n",
          taipanBest / cpythonBest);
    }
    out.flush();
    return 0;
  }

  private static int parseAll(List<Source> sources) {
    int failed = 0;
    for (Source s : sources) {
      if (SourceParser.parse(s.path().toString(), s.bytes()) instanceof ParseResult.Failure) {
        failed++;
      }
    }
    return failed;
  }

  private static long countLines(byte[] bytes) {
    long n = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        n++;
      }
    }
    return bytes.length > 0 && bytes[bytes.length - 1] != '\n' ? n + 1 : n;
  }

  private static double min(double[] xs) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : xs) {
      m = Math.min(m, x);
    }
    return m;
  }

  private static void report(PrintWriter out, String who, double[] seconds, long lines, int failed) {
    double best = min(seconds);
    double mean = 0;
    for (double s : seconds) {
      mean += s / seconds.length;
    }
    out.printf(
        Locale.ROOT,
        "%s: best %.3f s, mean %.3f s per round, %.0f lines/s (best), %d files rejected%n",
        who,
        best,
        mean,
        lines / best,
        failed);
  }

  private double[] runPython(List<Source> sources, long lines, PrintWriter err, PrintWriter out) {
    try {
      Process p =
          new ProcessBuilder("python3", "-c", PYTHON_BENCH, Integer.toString(warmup), Integer.toString(rounds))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      try (OutputStream in = p.getOutputStream()) {
        for (Source s : sources) {
          in.write(s.path().toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
          in.write(0);
        }
      }
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        err.println("taipan: python3 benchmark failed (exit " + p.exitValue() + ")");
        return null;
      }
      String[] rows = text.strip().split("\n");
      double[] seconds = new double[rows.length];
      int failed = 0;
      for (int i = 0; i < rows.length; i++) {
        String[] f = rows[i].trim().split(" ");
        seconds[i] = Double.parseDouble(f[0]);
        failed = Integer.parseInt(f[1]);
      }
      report(out, "cpython", seconds, lines, failed);
      return seconds;
    } catch (IOException e) {
      err.println("taipan: python3 not available, CPython comparison skipped (" + e.getMessage() + ")");
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
