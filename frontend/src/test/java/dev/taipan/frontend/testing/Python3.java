package dev.taipan.frontend.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the CPython oracle ({@code python3}) for tests that compare with it live, and finds its standard library. */
public final class Python3 {
  private static Boolean available;

  private Python3() {}

  /** Whether a {@code python3} 3.11 is on the PATH. */
  public static synchronized boolean available() {
    if (available == null) {
      try {
        available = run(List.of("-c", "import sys; print(sys.version_info[:2] == (3, 11))")).strip().equals("True");
      } catch (IOException e) {
        available = false;
      }
    }
    return available;
  }

  /** Runs python3 with the given arguments and returns its standard output (UTF-8). */
  public static String run(List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add("python3");
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    try {
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException("python3 did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    if (p.exitValue() != 0) {
      throw new IOException("python3 exited with " + p.exitValue());
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /** A deterministic sample of the standard library's own .py files (no site-packages), every {@code step}-th in path order. */
  public static List<Path> stdlibSample(int step) throws IOException {
    Path lib = Path.of(run(List.of("-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])")).strip());
    try (Stream<Path> files = Files.walk(lib)) {
      List<Path> all =
          files
              .filter(f -> f.toString().endsWith(".py"))
              .filter(f -> !lib.relativize(f).toString().contains("site-packages"))
              .sorted()
              .toList();
      List<Path> out = new ArrayList<>();
      for (int i = 0; i < all.size(); i += step) {
        out.add(all.get(i));
      }
      return out;
    }
  }
}
