package dev.taipan.cli.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Damages real Python programs at random (tokens, lines, indentation, raw bytes) to feed the whole pipeline. */
final class Mutations {
  private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]");
  /** Bytes that are never valid UTF-8 on their own, NUL, and odd control and format characters. */
  private static final byte[][] NASTY = {
    {0}, {(byte) 0xff}, {(byte) 0xc3}, {(byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
    {'\r'}, {'\f'}, {'\t'}, {'\\'}, {'\\', '\n'}, {(byte) 0xe2, (byte) 0x80, (byte) 0xa8}, {(byte) 0xc2, (byte) 0xa0},
    {'"', '"', '"'}, {'\''}, {'#'}, {'(' }, {')'}, {'['}, {'{'}, {':'}, {'\n'}, {'@'}, {'\u001a'},
  };
  private static List<byte[]> seeds;

  private Mutations() {}

  /** The conformance programs and the examples, read once. */
  static synchronized List<byte[]> seeds() {
    if (seeds == null) {
      List<byte[]> out = new ArrayList<>();
      for (String dir : List.of("../conformance-tests/src/test/resources/programs", "../examples")) {
        try (Stream<Path> walk = Files.walk(Path.of(dir))) {
          for (Path p : walk.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
            out.add(Files.readAllBytes(p));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      if (out.size() < 50) {
        throw new IllegalStateException("fuzz corpus not found: " + out.size() + " programs");
      }
      seeds = out;
    }
    return seeds;
  }

  /** One randomly chosen program damaged by one to three random edits of one random kind. */
  static byte[] mutate(long seed) {
    Random r = new Random(seed);
    List<byte[]> all = seeds();
    byte[] source = all.get(r.nextInt(all.size()));
    return switch (r.nextInt(4)) {
      case 0 -> tokens(source, r);
      case 1 -> lines(source, r);
      case 2 -> indentation(source, r);
      default -> bytes(source, r);
    };
  }

  static byte[] tokens(byte[] source, Random r) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(new String(source, StandardCharsets.UTF_8));
    while (m.find()) {
      tokens.add(m.group());
    }
    edit(tokens, r);
    return String.join("", tokens).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] lines(byte[] source, Random r) {
    List<String> lines = new ArrayList<>(Arrays.asList(new String(source, StandardCharsets.UTF_8).split("\n", -1)));
    edit(lines, r);
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] indentation(byte[] source, Random r) {
    String[] lines = new String(source, StandardCharsets.UTF_8).split("\n", -1);
    int edits = 1 + r.nextInt(3);
    for (int i = 0; i < edits; i++) {
      int at = r.nextInt(lines.length);
      String line = lines[at];
      lines[at] = switch (r.nextInt(4)) {
        case 0 -> "    " + line;
        case 1 -> line.startsWith(" ") ? line.substring(1 + r.nextInt(Math.min(4, line.length() - line.stripLeading().length()))) : line;
        case 2 -> "\t" + line;
        default -> line.replaceFirst("^ {4}", "\t");
      };
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  static byte[] bytes(byte[] source, Random r) {
    List<Byte> b = new ArrayList<>(source.length);
    for (byte x : source) {
      b.add(x);
    }
    int edits = 1 + r.nextInt(3);
    for (int i = 0; i < edits && !b.isEmpty(); i++) {
      int at = r.nextInt(b.size());
      int len = Math.min(1 + r.nextInt(4), b.size() - at);
      switch (r.nextInt(5)) {
        case 0 -> b.subList(at, at + len).clear();
        case 1 -> b.addAll(at, new ArrayList<>(b.subList(at, at + len)));
        case 2 -> {
          int other = r.nextInt(b.size());
          Byte t = b.get(at);
          b.set(at, b.get(other));
          b.set(other, t);
        }
        case 3 -> b.set(at, (byte) r.nextInt(256));
        default -> {
          byte[] nasty = NASTY[r.nextInt(NASTY.length)];
          for (int k = nasty.length - 1; k >= 0; k--) {
            b.add(at, nasty[k]);
          }
        }
      }
    }
    byte[] out = new byte[b.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.get(i);
    }
    return out;
  }

  private static <T> void edit(List<T> items, Random r) {
    int edits = 1 + r.nextInt(3);
    for (int i = 0; i < edits && !items.isEmpty(); i++) {
      int at = r.nextInt(items.size());
      switch (r.nextInt(3)) {
        case 0 -> items.remove(at);
        case 1 -> items.add(at, items.get(at));
        default -> {
          int other = r.nextInt(items.size());
          T t = items.get(at);
          items.set(at, items.get(other));
          items.set(other, t);
        }
      }
    }
  }
}
