package dev.taipan.frontend.dump;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The code points unassigned in the Unicode version of CPython 3.11 (14.0): the JDK may know a
 * later version, and repr() must escape exactly what the oracle escapes.
 */
final class UnassignedCodePoints {
  private static final int[] STARTS;
  private static final int[] ENDS;

  static {
    List<int[]> ranges = new ArrayList<>();
    try (var in = UnassignedCodePoints.class.getResourceAsStream("unicode-unassigned.txt");
        var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          String[] p = line.trim().split(" ");
          ranges.add(new int[] {Integer.parseInt(p[0], 16), Integer.parseInt(p[1], 16)});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    STARTS = ranges.stream().mapToInt(x -> x[0]).toArray();
    ENDS = ranges.stream().mapToInt(x -> x[1]).toArray();
  }

  private UnassignedCodePoints() {}

  static boolean contains(int cp) {
    int i = java.util.Arrays.binarySearch(STARTS, cp);
    if (i >= 0) {
      return true;
    }
    int k = -i - 2;
    return k >= 0 && cp <= ENDS[k];
  }
}
