package dev.taipan.conformance;

import dev.taipan.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine;

/**
 * Runs {@code taipan build FILE.py -o DIR} in-process through the CLI's entry point, capturing
 * what it prints; builds are serialised because they redirect the JVM's standard streams. The
 * sources in {@code optimized} are built as users ship them (optimised), the others with {@code
 * --no-optimize}; the time spent on optimised builds is added up for the report.
 */
final class TaipanBuild implements ProgramRunner.Builder {
  private static final Object STREAMS = new Object();

  private final Set<Path> optimized;
  private final AtomicLong optimizedNanos = new AtomicLong();
  private final AtomicInteger optimizedBuilds = new AtomicInteger();
  private final AtomicLong plainNanos = new AtomicLong();
  private final AtomicInteger plainBuilds = new AtomicInteger();

  TaipanBuild(Set<Path> optimized) {
    this.optimized = Set.copyOf(optimized);
  }

  /** One line for the report: how many builds of each kind, and their mean time. */
  String timing() {
    return String.format(Locale.ROOT, "builds: %d optimised (mean %.2f s), %d not optimised (mean %.2f s)",
        optimizedBuilds.get(), mean(optimizedNanos, optimizedBuilds), plainBuilds.get(), mean(plainNanos, plainBuilds));
  }

  private static double mean(AtomicLong nanos, AtomicInteger count) {
    return count.get() == 0 ? 0 : nanos.get() / 1e9 / count.get();
  }

  /** Whether this build of the CLI has a {@code build} subcommand. */
  static boolean available() {
    return new CommandLine(new Main()).getSubcommands().containsKey("build");
  }

  @Override
  public ProgramRunner.BuildResult build(Path source, Path outDir) {
    boolean optimize = optimized.contains(source);
    long start = System.nanoTime();
    ProgramRunner.BuildResult r = optimize
        ? run("build", source.toString(), "-o", outDir.toString(), "--optimize")
        : run("build", source.toString(), "-o", outDir.toString(), "--no-optimize");
    (optimize ? optimizedNanos : plainNanos).addAndGet(System.nanoTime() - start);
    (optimize ? optimizedBuilds : plainBuilds).incrementAndGet();
    return r;
  }

  @Override
  public ProgramRunner.BuildResult buildWithoutFallback(Path source, Path outDir) {
    return run("build", source.toString(), "-o", outDir.toString(), "--no-fallback", "--no-optimize");
  }

  private static ProgramRunner.BuildResult run(String... args) {
    synchronized (STREAMS) {
      PrintStream out = System.out;
      PrintStream err = System.err;
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
      int exitCode;
      try {
        System.setOut(capture);
        System.setErr(capture);
        exitCode = Main.execute(args);
      } catch (RuntimeException | StackOverflowError e) {
        capture.println("taipan build threw " + e);
        exitCode = 70;
      } finally {
        System.setOut(out);
        System.setErr(err);
      }
      capture.flush();
      return new ProgramRunner.BuildResult(exitCode, captured.toString(StandardCharsets.UTF_8));
    }
  }
}
