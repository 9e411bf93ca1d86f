package dev.taipan.frontend.parse;

import java.util.Locale;
import java.util.Map;

/** Resolves {@code \N{...}} names with the JDK's Unicode name table plus the aliases CPython also accepts. */
final class UnicodeNames {
  private static final Map<String, Integer> ALIASES = Map.ofEntries(
      Map.entry("NULL", 0x0), Map.entry("NUL", 0x0), Map.entry("BELL", 0x7), Map.entry("BEL", 0x7),
      Map.entry("BACKSPACE", 0x8), Map.entry("BS", 0x8),
      Map.entry("CHARACTER TABULATION", 0x9), Map.entry("HORIZONTAL TABULATION", 0x9), Map.entry("TAB", 0x9), Map.entry("HT", 0x9),
      Map.entry("LINE FEED", 0xA), Map.entry("NEW LINE", 0xA), Map.entry("END OF LINE", 0xA), Map.entry("LF", 0xA), Map.entry("NL", 0xA), Map.entry("EOL", 0xA),
      Map.entry("LINE TABULATION", 0xB), Map.entry("VERTICAL TABULATION", 0xB), Map.entry("VT", 0xB),
      Map.entry("FORM FEED", 0xC), Map.entry("FF", 0xC),
      Map.entry("CARRIAGE RETURN", 0xD), Map.entry("CR", 0xD),
      Map.entry("ESCAPE", 0x1B), Map.entry("ESC", 0x1B),
      Map.entry("SPACE", 0x20), Map.entry("SP", 0x20),
      Map.entry("DELETE", 0x7F), Map.entry("DEL", 0x7F),
      Map.entry("NO-BREAK SPACE", 0xA0), Map.entry("NBSP", 0xA0),
      Map.entry("SOFT HYPHEN", 0xAD), Map.entry("SHY", 0xAD),
      Map.entry("ZERO WIDTH SPACE", 0x200B), Map.entry("ZWSP", 0x200B),
      Map.entry("ZERO WIDTH NON-JOINER", 0x200C), Map.entry("ZWNJ", 0x200C),
      Map.entry("ZERO WIDTH JOINER", 0x200D), Map.entry("ZWJ", 0x200D),
      Map.entry("BYTE ORDER MARK", 0xFEFF), Map.entry("BOM", 0xFEFF), Map.entry("ZWNBSP", 0xFEFF));

  private UnicodeNames() {}

  /** The code point named, or -1. */
  static int lookup(String name) {
    String key = name.toUpperCase(Locale.ROOT);
    Integer alias = ALIASES.get(key);
    if (alias != null) {
      return alias;
    }
    int algorithmic = algorithmic(key);
    if (algorithmic >= 0) {
      return algorithmic;
    }
    try {
      return Character.codePointOf(key);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  private static final String[] IDEOGRAPH_PREFIXES = {
    "CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
    "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"
  };
  private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
  private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
    "YU", "EU", "YI", "I"};
  private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
    "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

  /** Names Unicode derives from the code point (ideographs, Hangul syllables), which the JDK's table spells differently. */
  private static int algorithmic(String key) {
    for (String prefix : IDEOGRAPH_PREFIXES) {
      if (key.startsWith(prefix)) {
        String hex = key.substring(prefix.length());
        if (hex.length() < 4 || hex.length() > 5 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
          return -1;
        }
        int cp = Integer.parseInt(hex, 16);
        return Character.isDefined(cp) && Character.isLetter(cp) ? cp : -1;
      }
    }
    String hangul = "HANGUL SYLLABLE ";
    if (key.startsWith(hangul)) {
      String rest = key.substring(hangul.length());
      for (int l = 0; l < JAMO_L.length; l++) {
        for (int v = 0; v < JAMO_V.length; v++) {
          String lv = JAMO_L[l] + JAMO_V[v];
          if (!rest.startsWith(lv)) {
            continue;
          }
          for (int t = 0; t < JAMO_T.length; t++) {
            if (rest.equals(lv + JAMO_T[t])) {
              return 0xAC00 + (l * JAMO_V.length + v) * JAMO_T.length + t;
            }
          }
        }
      }
    }
    return -1;
  }
}
