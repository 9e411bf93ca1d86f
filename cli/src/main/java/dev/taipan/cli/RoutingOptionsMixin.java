package dev.taipan.cli;

import dev.taipan.compiler.fallback.PyodideSource;
import dev.taipan.compiler.route.RoutingOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The routing overrides {@code run}, {@code build} and {@code check} share (picocli mixin). */
public final class RoutingOptionsMixin {
  @Option(names = "--fallback", paramLabel = "MODULE", description = "Run MODULE in Pyodide (repeatable).")
  List<String> fallback = new ArrayList<>();

  @Option(names = "--no-fallback", description = "Fail, listing every reason, instead of routing any module to Pyodide.")
  boolean noFallback;

  @Option(names = "--source-root", paramLabel = "DIR", description = "Where user modules are found (repeatable; default: the entry's directory).")
  List<Path> sourceRoots = new ArrayList<>();

  public RoutingOptions toOptions() {
    return new RoutingOptions(Set.copyOf(fallback), noFallback);
  }

  /** {@code --pyodide cdn|copy}. */
  public PyodideSource pyodideSource(String value) {
    return switch (value) {
      case "cdn" -> PyodideSource.CDN;
      case "copy" -> PyodideSource.COPY;
      default -> throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--pyodide: expected cdn or copy, got '" + value + "'");
    };
  }

  /** {@code taipan run}: the Pyodide named by $TAIPAN_PYODIDE, else a copy from this jar. */
  public PyodideSource pyodideForRun() {
    String env = System.getenv("TAIPAN_PYODIDE");
    return env != null && !env.isEmpty() ? PyodideSource.CDN : PyodideSource.COPY;
  }

  public List<Path> sourceRoots() {
    return List.copyOf(sourceRoots);
  }
}
