package dev.taipan.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One conformance program with the command-line arguments and stdin it is run with, read from
 * its leading {@code # args:} / {@code # stdin:} comments so that CPython and Node get the same
 * inputs.
 */
public record Program(String group, String name, Path source, List<String> args, String stdin) {

  static final String ARGS_HEADER = "# args:";
  static final String STDIN_HEADER = "# stdin:";

  public Program {
    args = List.copyOf(args);
  }

  /** {@code group/name}, the program's stable identifier in reports and in docs/conformance.md. */
  public String id() {
    return group + "/" + name;
  }

  /** The golden file written by regenerate.py next to the program. */
  public Path expectationFile() {
    return source.resolveSibling(name + ".expected");
  }

  static Program load(Path source) throws IOException {
    String file = source.getFileName().toString();
    String name = file.substring(0, file.length() - ".py".length());
    String group = source.getParent().getFileName().toString();
    return parse(group, name, source, Files.readString(source, StandardCharsets.UTF_8));
  }

  /**
   * Reads the header: the comment lines at the top of the file. {@code # args: a b} gives the
   * arguments (split on whitespace); each {@code # stdin: text} line gives one line of input.
   */
  static Program parse(String group, String name, Path source, String text) {
    List<String> args = new ArrayList<>();
    StringBuilder stdin = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String trimmed = line.stripTrailing();
      if (!trimmed.startsWith("#")) {
        break;
      }
      if (trimmed.startsWith(ARGS_HEADER)) {
        String value = trimmed.substring(ARGS_HEADER.length()).strip();
        if (!value.isEmpty()) {
          args.addAll(Arrays.asList(value.split("\\s+")));
        }
      } else if (trimmed.startsWith(STDIN_HEADER)) {
        String value = trimmed.substring(STDIN_HEADER.length());
        stdin.append(value.startsWith(" ") ? value.substring(1) : value).append('\n');
      }
    }
    return new Program(group, name, source, args, stdin.toString());
  }
}
