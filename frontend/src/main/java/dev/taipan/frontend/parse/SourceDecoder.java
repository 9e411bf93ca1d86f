package dev.taipan.frontend.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes source bytes as CPython does (PEP 263): a UTF-8 BOM, a coding cookie on line 1 or 2, else UTF-8. */
final class SourceDecoder {
  private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
  private static final Pattern BLANK_OR_COMMENT = Pattern.compile("^[ \\t\\f]*(#.*)?$");

  /** Why decoding failed, with the 1-based line CPython reports. */
  static final class DecodeException extends Exception {
    final int line;

    DecodeException(String message, int line) {
      super(message, null, false, false);
      this.line = line;
    }
  }

  private SourceDecoder() {}

  /** The decoded text with newlines normalized to {@code \n}. */
  static String decode(byte[] source) throws DecodeException {
    int start = 0;
    boolean bom = source.length >= 3 && (source[0] & 0xff) == 0xEF && (source[1] & 0xff) == 0xBB && (source[2] & 0xff) == 0xBF;
    if (bom) {
      start = 3;
    }
    String cookie = findCookie(source, start);
    Charset charset = StandardCharsets.UTF_8;
    if (cookie != null) {
      String normal = normalName(cookie);
      if (bom && !cookie.toLowerCase(Locale.ROOT).replace('_', '-').matches("utf-8(-.*)?")) {
        throw new DecodeException("encoding problem: " + cookie + " with BOM", 1);
      }
      try {
        charset = Charset.forName(normal);
      } catch (RuntimeException e) {
        throw new DecodeException("unknown encoding: " + cookie, cookieLine(source, start));
      }
    }
    for (int i = start; i < source.length; i++) {
      if (source[i] == 0) {
        throw new DecodeException("source code string cannot contain null bytes", 0);
      }
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(source, start, source.length - start);
    String text;
    try {
      CharBuffer out = decoder.decode(in);
      text = out.toString();
    } catch (CharacterCodingException e) {
      int bad = start;
      ByteBuffer probe = ByteBuffer.wrap(source, start, source.length - start);
      CharsetDecoder d2 = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      CharBuffer sink = CharBuffer.allocate(source.length + 16);
      var result = d2.decode(probe, sink, true);
      if (result.isError()) {
        bad = probe.position();
      }
      int line = 1;
      int lineStart = start;
      for (int i = start; i < bad; i++) {
        if (source[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String reason = e instanceof MalformedInputException && (source[bad] & 0xC0) != 0x80 && (source[bad] & 0xff) >= 0xF8
          ? "invalid start byte" : "invalid start byte";
      throw new DecodeException(String.format("(unicode error) '%s' codec can't decode byte 0x%02x in position %d: %s",
          charset.equals(StandardCharsets.UTF_8) ? "utf-8" : cookie, source[bad] & 0xff, bad - lineStart, reason), line);
    }
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    return text;
  }

  private static String findCookie(byte[] src, int start) {
    int end1 = lineEnd(src, start);
    String line1 = new String(src, start, end1 - start, StandardCharsets.ISO_8859_1);
    Matcher m = COOKIE.matcher(line1);
    if (m.find()) {
      return m.group(1);
    }
    if (!BLANK_OR_COMMENT.matcher(line1.stripTrailing()).matches() || end1 >= src.length) {
      return null;
    }
    int s2 = end1 + 1;
    int end2 = lineEnd(src, s2);
    m = COOKIE.matcher(new String(src, s2, end2 - s2, StandardCharsets.ISO_8859_1));
    return m.find() ? m.group(1) : null;
  }

  private static int cookieLine(byte[] src, int start) {
    int end1 = lineEnd(src, start);
    return COOKIE.matcher(new String(src, start, end1 - start, StandardCharsets.ISO_8859_1)).find() ? 1 : 2;
  }

  private static int lineEnd(byte[] src, int from) {
    int i = from;
    while (i < src.length && src[i] != '\n' && src[i] != '\r') {
      i++;
    }
    return i;
  }

  /** CPython's get_normal_name, then Python codec aliases that Java spells differently. */
  static String normalName(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
    if (n.equals("utf-8") || n.startsWith("utf-8-") || n.equals("utf8")) {
      return "utf-8";
    }
    if (n.equals("latin-1") || n.equals("iso-8859-1") || n.equals("iso-latin-1")
        || n.startsWith("latin-1-") || n.startsWith("iso-8859-1-") || n.startsWith("iso-latin-1-") || n.equals("latin1")) {
      return "iso-8859-1";
    }
    return switch (n) {
      case "ascii", "us-ascii" -> "US-ASCII";
      case "utf-16" -> "UTF-16";
      default -> n.startsWith("cp") && n.length() > 2 && Character.isDigit(n.charAt(2)) ? "windows-" + n.substring(2) : n;
    };
  }
}
