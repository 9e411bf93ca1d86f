package dev.taipan.conformance;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What CPython 3.11 did with a program, as recorded by regenerate.py: its whole stdout, the last
 * line of its stderr (the exception line of a traceback) and its exit status; for the groups whose
 * tracebacks are compared whole, also its whole stderr ({@code null} elsewhere), with the
 * program's directory taken out of the file paths ({@link #withoutDirectory}).
 */
record Expectation(String stdout, String stderrLastLine, int exitStatus, String stderr) {

  Expectation(String stdout, String stderrLastLine, int exitStatus) {
    this(stdout, stderrLastLine, exitStatus, null);
  }

  static Expectation read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  static Expectation parse(String json) {
    JsonObject object = JsonParser.parseString(json).getAsJsonObject();
    return new Expectation(
        required(object, "stdout").getAsString(),
        required(object, "stderr_last_line").getAsString(),
        required(object, "exit_status").getAsInt(),
        object.has("stderr") ? object.get("stderr").getAsString() : null);
  }

  /**
   * A stderr text with the program's directory taken out of file paths, as regenerate.py records
   * it: CPython names the file it runs by its absolute path, which differs between machines.
   */
  static String withoutDirectory(String stderr, Path directory) {
    return stderr.replace(directory.toAbsolutePath() + directory.getFileSystem().getSeparator(), "");
  }

  private static JsonElement required(JsonObject object, String key) {
    JsonElement value = object.get(key);
    if (value == null || value.isJsonNull()) {
      throw new IllegalArgumentException("expectation file lacks \"" + key + "\"");
    }
    return value;
  }

  /** The last non-blank line of a stderr text, without trailing whitespace; "" when none. */
  static String lastLine(String stderr) {
    String[] lines = stderr.split("\r?\n");
    for (int i = lines.length - 1; i >= 0; i--) {
      if (!lines[i].isBlank()) {
        return lines[i].stripTrailing();
      }
    }
    return "";
  }
}
