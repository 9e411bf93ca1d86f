package dev.taipan.frontend.robustness;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.taipan.frontend.corpus.CorpusFiles;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import dev.taipan.frontend.testing.Python3;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Real files damaged at random (tokens or bytes deleted, duplicated or swapped) must still give
 * either a tree or a syntax-error diagnostic: never an exception, never a hang.
 */
class MutatedSourcePropertyTest {
  /** Only a hang detector: parsing one small file takes milliseconds. */
  private static final long HANG_SECONDS = 10;
  private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]");
  private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "mutated-source-parser");
    t.setDaemon(true);
    return t;
  });
  private static List<byte[]> seeds;

  private static synchronized List<byte[]> seeds() throws Exception {
    if (seeds == null) {
      List<byte[]> out = new ArrayList<>();
      for (Path p : CorpusFiles.sources()) {
        out.add(Files.readAllBytes(p));
      }
      try (var scopes = Files.list(Path.of("src/test/resources/symtable"))) {
        for (Path p : scopes.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
          out.add(Files.readAllBytes(p));
        }
      }
      if (Python3.available()) {
        for (Path p : Python3.stdlibSample(400)) {
          byte[] b = Files.readAllBytes(p);
          if (b.length < 40_000) {
            out.add(b);
          }
        }
      }
      seeds = out;
    }
    return seeds;
  }

  @AfterContainer
  static void stopRunner() {
    RUNNER.shutdownNow();
  }

  @Provide
  Arbitrary<Long> mutationSeeds() {
    return Arbitraries.longs();
  }

  @Property(tries = 300)
  void mutatedFilesGiveATreeOrADiagnostic(@ForAll("mutationSeeds") long seed) throws Exception {
    List<byte[]> all = seeds();
    Random r = new Random(seed);
    byte[] source = all.get(r.nextInt(all.size()));
    byte[] mutated = r.nextBoolean() ? mutateTokens(source, r) : mutateBytes(source, r);
    Future<ParseResult> f = RUNNER.submit(() -> SourceParser.parse("<mutated>", mutated));
    ParseResult result;
    try {
      result = f.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      fail("parser did not finish within " + HANG_SECONDS + " s on:\n" + new String(mutated, StandardCharsets.UTF_8));
      return;
    } catch (ExecutionException e) {
      throw new AssertionError("parser threw on:\n" + new String(mutated, StandardCharsets.UTF_8), e.getCause());
    }
    switch (result) {
      case ParseResult.Success s -> assertNotNull(s.module());
      case ParseResult.Failure x -> assertNotNull(x.diagnostic().message());
    }
  }

  static byte[] mutateBytes(byte[] source, Random r) {
    List<Byte> b = new ArrayList<>(source.length);
    for (byte x : source) {
      b.add(x);
    }
    int edits = 1 + r.nextInt(3);
    for (int i = 0; i < edits && !b.isEmpty(); i++) {
      int at = r.nextInt(b.size());
      int len = Math.min(1 + r.nextInt(4), b.size() - at);
      switch (r.nextInt(4)) {
        case 0 -> b.subList(at, at + len).clear();
        case 1 -> b.addAll(at, new ArrayList<>(b.subList(at, at + len)));
        case 2 -> {
          int other = r.nextInt(b.size());
          Byte t = b.get(at);
          b.set(at, b.get(other));
          b.set(other, t);
        }
        default -> b.set(at, (byte) r.nextInt(256));
      }
    }
    byte[] out = new byte[b.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.get(i);
    }
    return out;
  }

  static byte[] mutateTokens(byte[] source, Random r) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(new String(source, StandardCharsets.UTF_8));
    while (m.find()) {
      tokens.add(m.group());
    }
    int edits = 1 + r.nextInt(3);
    for (int i = 0; i < edits && !tokens.isEmpty(); i++) {
      int at = r.nextInt(tokens.size());
      switch (r.nextInt(3)) {
        case 0 -> tokens.remove(at);
        case 1 -> tokens.add(at, tokens.get(at));
        default -> {
          int other = r.nextInt(tokens.size());
          String t = tokens.get(at);
          tokens.set(at, tokens.get(other));
          tokens.set(other, t);
        }
      }
    }
    return String.join("", tokens).getBytes(StandardCharsets.UTF_8);
  }
}
