package dev.taipan.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runtime's ES modules, read from the runtime jar's resources; a program ships only the
 * files its generated modules import, with everything those import in turn, each without
 * its comments ({@link CommentStripper}).
 */
final class RuntimeFiles {
  private static final String ROOT = "dev/taipan/runtime/";
  private static final Pattern IMPORT = Pattern.compile("(?:import|export)\\s*(?:[^'\";]*?\\bfrom\\s*)?['\"](\\.{1,2}/[^'\"]+)['\"]");

  private RuntimeFiles() {}

  static String read(String path) throws IOException {
    try (InputStream in = RuntimeFiles.class.getClassLoader().getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new IOException("runtime file missing from the build: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The closure of {@code roots} under the runtime's own imports: path -> shipped content. */
  static TreeMap<String, String> closure(Set<String> roots) throws IOException {
    TreeMap<String, String> out = new TreeMap<>();
    Deque<String> work = new ArrayDeque<>(new TreeSet<>(roots));
    while (!work.isEmpty()) {
      String p = work.pop();
      if (out.containsKey(p)) {
        continue;
      }
      String text = CommentStripper.strip(read(p));
      out.put(p, text);
      Matcher m = IMPORT.matcher(text);
      while (m.find()) {
        work.push(resolve(p, m.group(1)));
      }
    }
    return out;
  }

  private static String resolve(String from, String rel) {
    String dir = from.contains("/") ? from.substring(0, from.lastIndexOf('/')) : "";
    Deque<String> parts = new ArrayDeque<>();
    if (!dir.isEmpty()) {
      for (String s : dir.split("/")) {
        parts.addLast(s);
      }
    }
    for (String s : rel.split("/")) {
      if (s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        parts.removeLast();
      } else {
        parts.addLast(s);
      }
    }
    return String.join("/", parts);
  }
}
