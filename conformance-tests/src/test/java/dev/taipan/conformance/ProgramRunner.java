package dev.taipan.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Builds one program with a {@link Builder} into its own output directory and runs the result
 * with Node, with the program's directory as working directory, its header's arguments and stdin,
 * and a time limit, as regenerate.py runs CPython.
 */
final class ProgramRunner {

  /** Turns {@code source} into {@code outDir/<name>.js}; {@code taipan build} in production. */
  interface Builder {
    BuildResult build(Path source, Path outDir);

    /** The same build with {@code --no-fallback}: routing anything is a compile error. */
    default BuildResult buildWithoutFallback(Path source, Path outDir) {
      return build(source, outDir);
    }
  }

  record BuildResult(int exitCode, String output) {}

  private final Builder builder;
  private final Path workDir;
  private final Duration timeout;
  private final String node;
  private final Map<String, String> environment;

  ProgramRunner(Builder builder, Path workDir, Duration timeout, String node) {
    this(builder, workDir, timeout, node, Map.of());
  }

  /** {@code environment}: variables added to Node's (TAIPAN_PYODIDE for routed programs). */
  ProgramRunner(Builder builder, Path workDir, Duration timeout, String node, Map<String, String> environment) {
    this.builder = builder;
    this.workDir = workDir;
    this.timeout = timeout;
    this.node = node;
    this.environment = Map.copyOf(environment);
  }

  /** Where {@code program} is built. */
  Path outDir(Program program) {
    return workDir.resolve(program.group()).resolve(program.name());
  }

  /** The manifest of the last build of {@code program}, if it wrote one. */
  Optional<BuildManifest> manifest(Program program) throws IOException {
    return BuildManifest.read(outDir(program));
  }

  /** Builds {@code program} with {@code --no-fallback} into a directory of its own. */
  BuildResult buildWithoutFallback(Program program) throws IOException {
    Path dir = workDir.resolve(program.group()).resolve(program.name() + ".no-fallback");
    clean(dir);
    return builder.buildWithoutFallback(program.source(), dir);
  }

  Outcome run(Program program) {
    try {
      Path outDir = outDir(program);
      clean(outDir);
      Files.createDirectories(outDir);
      // The absolute path, as CPython records it: a traceback reads the source lines from there.
      BuildResult built = builder.build(program.source().toAbsolutePath(), outDir);
      if (built.exitCode() != 0) {
        return new Outcome.BuildFailed(built.exitCode(), built.output());
      }
      Path script = outDir.resolve(program.name() + ".js");
      if (!Files.isRegularFile(script)) {
        return new Outcome.HarnessError("taipan build exited 0 but did not write " + script);
      }
      return execute(program, script, outDir);
    } catch (IOException e) {
      return new Outcome.HarnessError(e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Outcome.HarnessError("interrupted");
    }
  }

  private Outcome execute(Program program, Path script, Path outDir)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(node);
    command.add(script.toAbsolutePath().toString());
    command.addAll(program.args());
    Path stdout = outDir.resolve("stdout.txt");
    Path stderr = outDir.resolve("stderr.txt");
    Path stdin = outDir.resolve("stdin.txt");
    Files.writeString(stdin, program.stdin(), StandardCharsets.UTF_8);
    ProcessBuilder pb = new ProcessBuilder(command);
    // CPython's goldens run in UTF-8 mode (regenerate.py), which names the default encoding of
    // open() 'utf-8'; the runtime reads the same variable.
    pb.environment().put("PYTHONUTF8", "1");
    pb.environment().putAll(environment);
    Process process =
        pb
            .directory(program.source().toAbsolutePath().getParent().toFile())
            .redirectInput(stdin.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor();
      return new Outcome.TimedOut(timeout, read(stdout));
    }
    return new Outcome.Ran(read(stdout), read(stderr), process.exitValue());
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static void clean(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Whether {@code node} can be started at all. */
  static boolean nodeAvailable(String node) {
    try {
      Process p = new ProcessBuilder(node, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
