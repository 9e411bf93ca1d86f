package dev.taipan.conformance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The knobs of a conformance run, from system properties (the Maven build sets the paths):
 * {@code conformance.group=ints,floats} runs some groups only, {@code conformance.update=true}
 * rewrites the not-yet-supported list in docs/conformance.md from the results, {@code
 * conformance.builder=cpython} checks the corpus against CPython itself instead of Taipan, {@code
 * conformance.pyodide=DIR} is the Pyodide release routed programs run on (TAIPAN_PYODIDE), {@code
 * conformance.optimize=all|sample|none} which programs are built optimised (OptimizeSelection).
 */
record ConformanceSettings(
    Path programs,
    Path docs,
    Path workDir,
    Path report,
    Set<String> groups,
    boolean update,
    Duration timeout,
    int threads,
    String node,
    String builder,
    Path pyodide,
    OptimizeSelection optimize) {

  static ConformanceSettings fromSystemProperties() {
    return new ConformanceSettings(
        path("conformance.programs", "src/test/resources/programs"),
        path("conformance.docs", "../docs/conformance.md"),
        path("conformance.work", "target/conformance"),
        path("conformance.report", "target/conformance-report.md"),
        groups(System.getProperty("conformance.group", "")),
        Boolean.parseBoolean(System.getProperty("conformance.update", "false")),
        Duration.ofSeconds(Long.parseLong(System.getProperty("conformance.timeout", "30"))),
        Integer.parseInt(System.getProperty("conformance.threads", "2")),
        System.getProperty("conformance.node", "node"),
        System.getProperty("conformance.builder", "taipan"),
        path("conformance.pyodide", "../fallback-pyodide/node_modules/pyodide"),
        OptimizeSelection.parse(System.getProperty("conformance.optimize", "sample")));
  }

  static Set<String> groups(String list) {
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  private static Path path(String property, String fallback) {
    return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
  }
}
