package dev.taipan.conformance.arith;

import dev.taipan.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Transpiles a Python file in-process with {@code taipan build FILE.py -o DIR} and runs the
 * result with {@code node DIR/<name>.js}.
 */
final class TaipanRun {
  private static final Object STREAMS = new Object();

  /** The outcome: the build's exit code and diagnostics, then node's output if it built. */
  record Result(int buildExitCode, String buildOutput, ProcessOutput node) {
    boolean built() {
      return buildExitCode == 0;
    }
  }

  private TaipanRun() {}

  /** Why Taipan cannot be run here, or null when it can. */
  static String unavailableReason() {
    if (!new CommandLine(new Main()).getSubcommands().containsKey("build")) {
      return "the taipan CLI on this branch has no 'build' subcommand yet";
    }
    if (!ProcessOutput.available("node")) {
      return "node is not on the PATH";
    }
    return null;
  }

  static Result buildAndRun(Path source, Path outDir) throws IOException {
    int exitCode;
    String diagnostics;
    synchronized (STREAMS) {
      // The CLI prints through System.out/err; capture them for the report.
      PrintStream out = System.out;
      PrintStream err = System.err;
      ByteArrayOutputStream captured = new ByteArrayOutputStream();
      PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
      try {
        System.setOut(capture);
        System.setErr(capture);
        exitCode = Main.execute("build", source.toString(), "-o", outDir.toString());
      } catch (RuntimeException | StackOverflowError e) {
        capture.println("taipan build threw " + e);
        exitCode = 70;
      } finally {
        System.setOut(out);
        System.setErr(err);
      }
      diagnostics = captured.toString(StandardCharsets.UTF_8);
    }
    if (exitCode != 0) {
      return new Result(exitCode, diagnostics, null);
    }
    String name = source.getFileName().toString().replaceFirst("\\.py$", "");
    Path script = outDir.resolve(name + ".js").toAbsolutePath();
    return new Result(exitCode, diagnostics,
        ProcessOutput.run(outDir, "node", script.toString()));
  }
}
