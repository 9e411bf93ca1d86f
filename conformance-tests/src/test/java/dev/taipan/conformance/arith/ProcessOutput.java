package dev.taipan.conformance.arith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs an external program (python3, node) to completion and keeps what it printed. */
record ProcessOutput(int exitCode, String stdout, String stderr) {
  private static final long TIMEOUT_SECONDS = 60;

  List<String> lines() {
    return stdout.lines().toList();
  }

  static ProcessOutput run(Path directory, String... command) throws IOException {
    Process process = new ProcessBuilder(command).directory(directory.toFile()).start();
    process.getOutputStream().close();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process, true));
    String out = read(process, false);
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new ProcessOutput(-1, out, "timed out after " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + String.join(" ", command), e);
    }
    return new ProcessOutput(process.exitValue(), out, err.join());
  }

  /** Whether {@code command --version} runs here. */
  static boolean available(String command) {
    try {
      return run(Path.of("."), command, "--version").exitCode() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static String read(Process process, boolean errorStream) {
    try {
      byte[] bytes = (errorStream ? process.getErrorStream() : process.getInputStream())
          .readAllBytes();
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "<unreadable: " + e.getMessage() + ">";
    }
  }
}
