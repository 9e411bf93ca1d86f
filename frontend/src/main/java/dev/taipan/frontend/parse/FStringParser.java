package dev.taipan.frontend.parse;

import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits f-string bodies into literal text and replacement fields as CPython 3.11's
 * string_parser.c does, parsing each field's expression with the expression grammar at
 * the field's position in the file.
 */
final class FStringParser {
  private final ExpressionBuilder exprs;
  private final Span whole;
  private final String kind;
  private final StringBuilder pending = new StringBuilder();
  private final List<Expr> parts = new ArrayList<>();

  FStringParser(ExpressionBuilder exprs, Span whole, String kind) {
    this.exprs = exprs;
    this.whole = whole;
    this.kind = kind;
  }

  void literal(String text) {
    pending.append(text);
  }

  List<Expr> finish() {
    flush(pending, parts);
    return parts;
  }

  private void flush(StringBuilder text, List<Expr> into) {
    flush(text, into, whole);
  }

  private void flush(StringBuilder text, List<Expr> into, Span span) {
    if (text.length() > 0) {
      into.add(new Expr.Constant(new ConstantValue.StrValue(text.toString()), kind, span));
      text.setLength(0);
    }
  }

  void parse(StringLiteralBuilder.Literal lit) {
    Scanner s = new Scanner(lit);
    s.run(0, pending, parts);
  }

  /** Scans one f-string token's body. */
  private final class Scanner {
    private final StringLiteralBuilder.Literal lit;
    private final String body;
    private int i;

    Scanner(StringLiteralBuilder.Literal lit) {
      this.lit = lit;
      this.body = lit.body();
    }

    private SyntaxErrorException error(String message) {
      return new SyntaxErrorException(message, whole);
    }

    /** Scans literal text and fields until the end of the body or, inside a format spec, its closing brace. */
    void run(int depth, StringBuilder text, List<Expr> out) {
      int n = body.length();
      int chunk = i;
      while (i < n) {
        char c = body.charAt(i);
        if (c == '\\' && !lit.raw() && i + 1 < n) {
          if (body.charAt(i + 1) == 'N' && i + 2 < n && body.charAt(i + 2) == '{') {
            int close = body.indexOf('}', i + 3);
            i = close < 0 ? n : close + 1;
          } else {
            i += 2;
          }
          continue;
        }
        if (c == '{') {
          if (depth == 0 && i + 1 < n && body.charAt(i + 1) == '{') {
            text.append(decode(body.substring(chunk, i + 1)));
            i += 2;
            chunk = i;
            continue;
          }
          text.append(decode(body.substring(chunk, i)));
          field(depth, text, out);
          chunk = i;
          continue;
        }
        if (c == '}') {
          if (depth > 0) {
            text.append(decode(body.substring(chunk, i)));
            return;
          }
          if (i + 1 < n && body.charAt(i + 1) == '}') {
            text.append(decode(body.substring(chunk, i + 1)));
            i += 2;
            chunk = i;
            continue;
          }
          throw error("f-string: single '}' is not allowed");
        }
        i++;
      }
      text.append(decode(body.substring(chunk, i)));
    }

    private String decode(String raw) {
      if (lit.raw() || raw.indexOf('\\') < 0) {
        return raw;
      }
      try {
        return StringEscapes.decodeStr(raw);
      } catch (StringEscapes.EscapeException e) {
        throw error(e.getMessage());
      }
    }

    /** Parses {@code {expr[=][!c][:spec]}} starting at the opening brace. */
    private void field(int depth, StringBuilder text, List<Expr> out) {
      if (depth >= 2) {
        throw error("f-string: expressions nested too deeply");
      }
      int brace = i;
      i++;
      int exprStart = i;
      int n = body.length();
      char quote = 0;
      boolean triple = false;
      int nesting = 0;
      while (i < n) {
        char ch = body.charAt(i);
        if (ch == '\\') {
          throw error("f-string expression part cannot include a backslash");
        }
        if (quote != 0) {
          if (ch == quote) {
            if (triple) {
              if (i + 2 < n && body.charAt(i + 1) == ch && body.charAt(i + 2) == ch) {
                i += 3;
                quote = 0;
                continue;
              }
            } else {
              quote = 0;
            }
          }
          i++;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          if (i + 2 < n && body.charAt(i + 1) == ch && body.charAt(i + 2) == ch) {
            triple = true;
            i += 3;
          } else {
            triple = false;
            i++;
          }
          quote = ch;
          continue;
        }
        if (ch == '[' || ch == '{' || ch == '(') {
          nesting++;
          i++;
          continue;
        }
        if (ch == '#') {
          throw error("f-string expression part cannot include '#'");
        }
        if (nesting == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
          if (i + 1 < n) {
            char next = body.charAt(i + 1);
            if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
              i += 2;
              continue;
            }
          }
          if (ch == '>' || ch == '<') {
            i++;
            continue;
          }
          break;
        }
        if (ch == ']' || ch == '}' || ch == ')') {
          nesting--;
        }
        i++;
      }
      if (quote != 0) {
        throw error("f-string: unterminated string");
      }
      if (nesting > 0 || i >= n) {
        throw error("f-string: expecting '}'");
      }
      int exprEnd = i;
      String exprText = body.substring(exprStart, exprEnd);
      if (exprText.isBlank()) {
        throw error("f-string: empty expression not allowed");
      }
      Expr value = FStringExpressionParser.parse(exprText, startPosition(brace), whole);
      String debugText = null;
      if (body.charAt(i) == '=') {
        i++;
        while (i < n && Character.isWhitespace(body.charAt(i)) && body.charAt(i) < 128) {
          i++;
        }
        debugText = body.substring(exprStart, i);
      }
      int conversion = -1;
      if (i < n && body.charAt(i) == '!') {
        i++;
        char conv = i < n ? body.charAt(i) : 0;
        if (conv != 's' && conv != 'r' && conv != 'a') {
          throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
        conversion = conv;
        i++;
      }
      Expr spec = null;
      if (i < n && body.charAt(i) == ':') {
        i++;
        StringBuilder specText = new StringBuilder();
        List<Expr> specParts = new ArrayList<>();
        run(depth + 1, specText, specParts);
        // CPython closes a format spec with the current token's position, not the whole literal's.
        Span tokenSpan = exprs.pos.span(lit.token(), lit.token());
        flush(specText, specParts, tokenSpan);
        spec = new Expr.JoinedStr(specParts, tokenSpan);
      }
      if (i >= n || body.charAt(i) != '}') {
        throw error("f-string: expecting '}'");
      }
      i++;
      if (debugText != null) {
        text.append(debugText);
        if (conversion == -1 && spec == null) {
          conversion = 'r';
        }
      }
      flush(text, out);
      out.add(new Expr.FormattedValue(value, conversion, spec, whole));
    }

    /** Where the opening brace sits in the file: line shift and the column CPython starts the sub-parse at. */
    private int[] startPosition(int brace) {
      String tokenText = lit.token().getText();
      int inToken = lit.bodyStart() + brace;
      int newlines = 0;
      int lastNewline = -1;
      for (int k = 0; k < inToken; k++) {
        if (tokenText.charAt(k) == '\n') {
          newlines++;
          lastNewline = k;
        }
      }
      Span tokenSpan = exprs.pos.span(lit.token(), lit.token());
      int col;
      if (newlines == 0) {
        col = tokenSpan.colOffset() + utf8(tokenText.substring(0, inToken));
      } else {
        col = utf8(tokenText.substring(lastNewline + 1, inToken));
      }
      return new int[] {tokenSpan.lineno() + newlines - 1, col};
    }
  }

  static int utf8(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) >= 0x80) {
        return s.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return s.length();
  }
}
