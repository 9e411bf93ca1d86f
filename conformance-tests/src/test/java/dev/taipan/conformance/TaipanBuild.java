package dev.taipan.conformance;

import dev.taipan.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Runs {@code taipan build FILE.py -o DIR} in-process through the CLI's entry point, capturing
 * what it prints; builds are serialised because they redirect the JVM's standard streams.
 */
final class TaipanBuild implements ProgramRunner.Builder {
  private static final Object STREAMS = new Object();

  /** Whether this build of the CLI has a {@code build} subcommand. */
  static boolean available() {
    return new CommandLine(new Main()).getSubcommands().containsKey("build");
  }

  @Override
  public ProgramRunner.BuildResult build(Path source, Path outDir) {
    return run("build", source.toString(), "-o", outDir.toString());
  }

  @Override
  public ProgramRunner.BuildResult buildWithoutFallback(Path source, Path outDir) {
    return run("build", source.toString(), "-o", outDir.toString(), "--no-fallback");
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
