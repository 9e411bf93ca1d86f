package dev.taipan.frontend.corpus;

import dev.taipan.frontend.parse.LanguageVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The golden corpus of small Python files under {@code src/test/resources/corpus}, in name order. */
public final class CorpusFiles {
  public static final Path DIR = Path.of("src/test/resources/corpus");

  private CorpusFiles() {}

  /** Every corpus {@code .py} file except the regeneration script. */
  public static List<Path> sources() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".py"))
          .filter(f -> !f.getFileName().toString().equals("regenerate.py"))
          .sorted()
          .toList();
    }
  }

  /** The grammar a golden file is read with: files named *312.py use Python 3.12 syntax (regenerate.py's PY312_ONLY). */
  public static LanguageVersion version(Path source) {
    return source.getFileName().toString().endsWith("312.py") ? LanguageVersion.PYTHON_3_12 : LanguageVersion.PYTHON_3_11;
  }

  /** The file beside {@code source} with another extension ({@code "dump"}, {@code "positions"}). */
  public static Path sibling(Path source, String extension) {
    String name = source.getFileName().toString();
    return source.resolveSibling(name.substring(0, name.length() - 3) + "." + extension);
  }
}
