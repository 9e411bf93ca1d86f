package dev.taipan.codegen;

import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Keyword;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether an encode/decode call names a codec and error handler the runtime implements
 * exactly (runtime-js internals/codecs.js); others must be refused, since the runtime cannot
 * tell a codec it lacks from one that does not exist.
 */
final class CodecArguments {
  /** Normalised codec names (CPython's encodings.normalize_encoding) and the codec each names. */
  private static final Map<String, String> CODECS = Map.ofEntries(
      Map.entry("utf_8", "utf-8"), Map.entry("utf8", "utf-8"), Map.entry("u8", "utf-8"), Map.entry("utf", "utf-8"),
      Map.entry("ascii", "ascii"), Map.entry("us_ascii", "ascii"), Map.entry("646", "ascii"),
      Map.entry("latin_1", "latin-1"), Map.entry("latin1", "latin-1"), Map.entry("latin", "latin-1"),
      Map.entry("l1", "latin-1"), Map.entry("iso8859_1", "latin-1"), Map.entry("iso_8859_1", "latin-1"),
      Map.entry("8859", "latin-1"), Map.entry("cp819", "latin-1"),
      Map.entry("utf_16", "utf-16"), Map.entry("utf16", "utf-16"), Map.entry("u16", "utf-16"),
      Map.entry("utf_16_le", "utf-16-le"), Map.entry("utf_16le", "utf-16-le"),
      Map.entry("utf_16_be", "utf-16-be"), Map.entry("utf_16be", "utf-16-be"),
      Map.entry("utf_32", "utf-32"), Map.entry("utf32", "utf-32"), Map.entry("u32", "utf-32"),
      Map.entry("utf_32_le", "utf-32-le"), Map.entry("utf_32le", "utf-32-le"),
      Map.entry("utf_32_be", "utf-32-be"), Map.entry("utf_32be", "utf-32-be"));

  /**
   * CPython's built-in error handlers the runtime does not implement for the direction; any
   * other name is either implemented or unknown to CPython too (LookupError, as the runtime).
   */
  private static final Set<String> ENCODE_LACKS = Set.of("namereplace", "surrogatepass");
  private static final Set<String> DECODE_LACKS = Set.of("surrogatepass");
  private static final Set<String> BYTE_CODECS = Set.of("utf-8", "ascii", "latin-1");

  private CodecArguments() {}

  /**
   * The construct to refuse in a call that encodes ({@code encoding} true) or decodes with
   * the given encoding and errors arguments (null when absent), or null when it is supported.
   */
  static String unsupported(String what, Expr encoding, Expr errors, boolean encodes) {
    String codec = "utf-8";
    if (encoding != null) {
      if (!(encoding instanceof Expr.Constant c && c.value() instanceof ConstantValue.StrValue s)) {
        return what + " with an encoding that is not a string literal";
      }
      codec = CODECS.get(normalize(s.value()));
      if (codec == null) {
        return "codec '" + s.value() + "'";
      }
    }
    if (errors != null) {
      if (!(errors instanceof Expr.Constant c && c.value() instanceof ConstantValue.StrValue s)) {
        return what + " with an error handler that is not a string literal";
      }
      String h = s.value();
      boolean ok = encodes
          ? !ENCODE_LACKS.contains(h)
          : !DECODE_LACKS.contains(h) && (!h.equals("surrogateescape") || BYTE_CODECS.contains(codec));
      if (!ok) {
        return "error handler '" + h + "' with codec '" + codec + "'";
      }
    }
    return null;
  }

  /** The refused construct of {@code x.encode(...)}, {@code x.decode(...)}, {@code bytes(s, ...)} or {@code str(b, ...)}. */
  static String check(Expr.Call call, String what, boolean encodes, int firstCodecArg) {
    List<Expr> args = call.args();
    if (args.stream().anyMatch(a -> a instanceof Expr.Starred)
        || call.keywords().stream().anyMatch(k -> k.arg() == null)) {
      return what + " with unpacked arguments";
    }
    Expr encoding = args.size() > firstCodecArg ? args.get(firstCodecArg) : null;
    Expr errors = args.size() > firstCodecArg + 1 ? args.get(firstCodecArg + 1) : null;
    for (Keyword k : call.keywords()) {
      if (k.arg().equals("encoding")) {
        encoding = k.value();
      } else if (k.arg().equals("errors")) {
        errors = k.value();
      }
    }
    return unsupported(what, encoding, errors, encodes);
  }

  /**
   * The refused construct of an {@code open(...)} call: a literal encoding (argument 4) must name
   * utf-8, ascii or latin-1 (text files keep no codec state), and a literal error handler one the
   * runtime implements both ways. Other values reach the runtime, which raises
   * NotImplementedError for what it lacks (it cannot tell a codec it lacks from an unknown one).
   */
  static String checkOpen(Expr.Call call) {
    List<Expr> args = call.args();
    if (args.stream().anyMatch(a -> a instanceof Expr.Starred)
        || call.keywords().stream().anyMatch(k -> k.arg() == null)) {
      return "open() with unpacked arguments";
    }
    Expr encoding = args.size() > 3 ? args.get(3) : null;
    Expr errors = args.size() > 4 ? args.get(4) : null;
    for (Keyword k : call.keywords()) {
      if (k.arg().equals("encoding")) {
        encoding = k.value();
      } else if (k.arg().equals("errors")) {
        errors = k.value();
      }
    }
    encoding = isLiteral(encoding) ? encoding : null;
    errors = isLiteral(errors) ? errors : null;
    if (encoding instanceof Expr.Constant c && c.value() instanceof ConstantValue.StrValue s
        && !s.value().equals("locale") && !BYTE_CODECS.contains(CODECS.getOrDefault(normalize(s.value()), ""))) {
      return "open() with codec '" + s.value() + "'";
    }
    if (encoding instanceof Expr.Constant c && c.value() instanceof ConstantValue.StrValue s && s.value().equals("locale")) {
      encoding = null;
    }
    String bad = unsupported("open()", encoding, errors, true);
    return bad != null ? bad : unsupported("open()", encoding, errors, false);
  }

  private static boolean isLiteral(Expr e) {
    return e instanceof Expr.Constant c && c.value() instanceof ConstantValue.StrValue;
  }

  /** CPython's lookup normalisation: lower case, runs of other characters as one '_'. */
  static String normalize(String name) {
    StringBuilder b = new StringBuilder();
    boolean punct = false;
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (punct && !b.isEmpty()) {
          b.append('_');
        }
        b.append(c);
        punct = false;
      } else if (c == '.' || c > 0x7f) {
        return "";
      } else {
        punct = true;
      }
    }
    return b.toString();
  }
}
