package dev.taipan.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stand-in for {@code taipan build} that writes a Node script which runs the program with
 * CPython: selected by {@code -Dconformance.builder=cpython}, it checks the corpus and the
 * harness themselves (goldens up to date, output deterministic, inputs passed the same way),
 * never Taipan.
 */
final class CpythonShimBuild implements ProgramRunner.Builder {
  private final String python;

  CpythonShimBuild(String python) {
    this.python = python;
  }

  @Override
  public ProgramRunner.BuildResult build(Path source, Path outDir) {
    String file = source.getFileName().toString();
    String name = file.substring(0, file.length() - ".py".length());
    String script =
        """
        const { spawnSync } = require('child_process');
        const r = spawnSync(%s, [%s, ...process.argv.slice(2)], {
          stdio: 'inherit',
          env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', PYTHONUTF8: '1' },
        });
        process.exitCode = r.status === null ? 1 : r.status;
        """
            .formatted(jsString(python), jsString(source.getFileName().toString()));
    try {
      Files.writeString(outDir.resolve(name + ".js"), script, StandardCharsets.UTF_8);
      return new ProgramRunner.BuildResult(0, "");
    } catch (IOException e) {
      return new ProgramRunner.BuildResult(1, e.toString());
    }
  }

  private static String jsString(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
