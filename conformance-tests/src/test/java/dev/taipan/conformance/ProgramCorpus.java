package dev.taipan.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Finds the programs of the corpus: {@code <root>/<group>/<name>.py}, in a stable order. */
final class ProgramCorpus {
  private ProgramCorpus() {}

  /** All programs under {@code root}, or only those of {@code groups} when it is not empty. */
  static List<Program> discover(Path root, Set<String> groups) throws IOException {
    try (Stream<Path> files = Files.walk(root, 2)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".py"))
          .filter(p -> root.relativize(p).getNameCount() == 2)
          .filter(p -> groups.isEmpty() || groups.contains(p.getParent().getFileName().toString()))
          .map(ProgramCorpus::load)
          .sorted(Comparator.comparing(Program::id))
          .toList();
    }
  }

  private static Program load(Path source) {
    try {
      return Program.load(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
