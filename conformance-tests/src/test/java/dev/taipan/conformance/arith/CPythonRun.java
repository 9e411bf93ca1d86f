package dev.taipan.conformance.arith;

import java.io.IOException;
import java.nio.file.Path;

/** Runs a Python file with CPython 3.11, the oracle. */
final class CPythonRun {
  /** The interpreter behind {@code python3}, resolved once: version-manager shims are slow. */
  private static final Probe PROBE = probe();

  private record Probe(String executable, String unavailableReason) {}

  private CPythonRun() {}

  /** Why CPython 3.11 cannot be run here, or null when it can. */
  static String unavailableReason() {
    return PROBE.unavailableReason();
  }

  static ProcessOutput run(Path source) throws IOException {
    if (PROBE.executable() == null) {
      throw new IllegalStateException(PROBE.unavailableReason());
    }
    return ProcessOutput.run(source.getParent(), PROBE.executable(),
        source.toAbsolutePath().toString());
  }

  private static Probe probe() {
    try {
      ProcessOutput version = ProcessOutput.run(Path.of("."), "python3", "-c",
          "import sys; print('%d.%d' % sys.version_info[:2]); print(sys.executable)");
      if (version.exitCode() != 0) {
        return new Probe(null, "python3 does not run: " + version.stderr().strip());
      }
      var lines = version.lines();
      if (!lines.get(0).equals("3.11")) {
        return new Probe(null, "python3 is " + lines.get(0) + ", the oracle is CPython 3.11");
      }
      return new Probe(lines.size() > 1 && !lines.get(1).isBlank() ? lines.get(1) : "python3", null);
    } catch (IOException e) {
      return new Probe(null, "python3 is not on the PATH");
    }
  }
}
