package dev.taipan.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * Turns the raw tokens of {@link PythonLexer} into CPython's logical token stream: it drops
 * blanks and comments, emits NEWLINE only outside brackets, derives INDENT/DEDENT from an
 * indentation stack (with CPython's tab rules), and turns lexical errors into ERROR_TOKENs
 * whose messages are kept in {@link #lexErrors()}.
 */
public abstract class PythonLexerBase extends Lexer {
  /** CPython's tokenizer refuses brackets nested deeper than this. */
  public static final int MAX_BRACKET_DEPTH = 200;

  /**
   * A tokenizer error: CPython's message and where CPython reports it.
   *
   * @param enclosingBracket the "was never closed" error of the innermost bracket open at this
   *     point, or null; CPython reports it instead of an error found while scanning ahead
   */
  public record LexError(
      String message, String errorType, int line, int column, int startIndex, int stopIndex, LexError enclosingBracket) {}

  private final ArrayDeque<Token> pending = new ArrayDeque<>();
  private final List<LexError> errors = new ArrayList<>();
  private int[] indents = new int[32];
  private int[] altIndents = new int[32];
  private int indentDepth;
  private Token[] brackets = new Token[MAX_BRACKET_DEPTH + 1];
  private int bracketDepth;
  private boolean atLineStart = true;
  private int lastAddedType = -1;
  private boolean finished;
  private Token previousRaw;
  private LexError unclosedAtEof;

  protected PythonLexerBase(CharStream input) {
    super(input);
  }

  /**
   * The bracket still open at the end of input, if any. CPython reports it only when the parser
   * fails at the end of input, so it is not among {@link #lexErrors()}.
   */
  public LexError unclosedAtEof() {
    return unclosedAtEof;
  }

  /** The tokenizer errors met so far, in source order. */
  public List<LexError> lexErrors() {
    return errors;
  }

  @Override
  public void reset() {
    super.reset();
    pending.clear();
    errors.clear();
    indentDepth = 0;
    bracketDepth = 0;
    atLineStart = true;
    lastAddedType = -1;
    finished = false;
    previousRaw = null;
    unclosedAtEof = null;
  }

  @Override
  public Token nextToken() {
    while (pending.isEmpty()) {
      advance();
    }
    return pending.poll();
  }

  private void advance() {
    if (finished) {
      pending.add(makeEof());
      return;
    }
    Token t = super.nextToken();
    if (atLineStart) {
      int col = 0;
      int alt = 0;
      while (t.getType() == PythonLexer.WS || t.getType() == PythonLexer.LINE_CONTINUATION) {
        if (t.getType() == PythonLexer.WS) {
          String s = t.getText();
          for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
              col++;
              alt++;
            } else if (c == '\t') {
              col = (col / 8 + 1) * 8;
              alt++;
            } else {
              col = 0;
              alt = 0;
            }
          }
        }
        t = super.nextToken();
      }
      if (t.getType() == PythonLexer.COMMENT) {
        t = super.nextToken();
      }
      if (t.getType() == PythonLexer.NEWLINE) {
        return;
      }
      if (t.getType() == Token.EOF) {
        finish(t);
        return;
      }
      atLineStart = false;
      indent(col, alt, t);
    }
    process(t);
  }

  private void indent(int col, int alt, Token t) {
    int top = indents[indentDepth];
    if (col == top) {
      if (alt != altIndents[indentDepth]) {
        tabError(t);
      }
    } else if (col > top) {
      if (alt <= altIndents[indentDepth]) {
        tabError(t);
        return;
      }
      if (indentDepth + 1 == indents.length) {
        indents = java.util.Arrays.copyOf(indents, indents.length * 2);
        altIndents = java.util.Arrays.copyOf(altIndents, altIndents.length * 2);
      }
      indentDepth++;
      indents[indentDepth] = col;
      altIndents[indentDepth] = alt;
      queue(synthetic(PythonLexer.INDENT, "<INDENT>", t));
    } else {
      while (indentDepth > 0 && col < indents[indentDepth]) {
        indentDepth--;
        queue(synthetic(PythonLexer.DEDENT, "<DEDENT>", t));
      }
      if (col != indents[indentDepth]) {
        error("unindent does not match any outer indentation level", "IndentationError", t);
      } else if (alt != altIndents[indentDepth]) {
        tabError(t);
      }
    }
  }

  private void tabError(Token t) {
    error("inconsistent use of tabs and spaces in indentation", "TabError", t);
  }

  private void process(Token t) {
    Token before = previousRaw;
    previousRaw = t;
    if (before != null && before.getType() == PythonLexer.NUMBER && before.getStopIndex() + 1 == t.getStartIndex()
        && startsLikeName(t) && !NUMBER_SUFFIX_KEYWORDS.contains(t.getText())) {
      String num = (before.getText() + t.getText()).toLowerCase(java.util.Locale.ROOT);
      String kind = num.startsWith("0x") ? "hexadecimal" : num.startsWith("0o") ? "octal" : num.startsWith("0b") ? "binary" : "decimal";
      error("invalid " + kind + " literal", "SyntaxError", t);
      return;
    }
    if (before != null && before.getType() == PythonLexer.NUMBER && t.getType() == PythonLexer.NUMBER
        && before.getStopIndex() + 1 == t.getStartIndex() && before.getText().matches("0[0_]*")) {
      error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          "SyntaxError", before);
      return;
    }
    switch (t.getType()) {
      case PythonLexer.WS, PythonLexer.COMMENT, PythonLexer.LINE_CONTINUATION -> {}
      case PythonLexer.NEWLINE -> {
        if (bracketDepth == 0) {
          queue(t);
          atLineStart = true;
        }
      }
      case Token.EOF -> finish(t);
      case PythonLexer.OPEN_PAREN, PythonLexer.OPEN_BRACK, PythonLexer.OPEN_BRACE -> {
        if (bracketDepth >= MAX_BRACKET_DEPTH) {
          error("too many nested parentheses", "SyntaxError", t);
          return;
        }
        brackets[bracketDepth++] = t;
        queue(t);
      }
      case PythonLexer.CLOSE_PAREN, PythonLexer.CLOSE_BRACK, PythonLexer.CLOSE_BRACE -> {
        String close = t.getText();
        if (bracketDepth == 0) {
          error("unmatched '" + close + "'", "SyntaxError", t);
          return;
        }
        Token open = brackets[bracketDepth - 1];
        String expected = switch (open.getType()) {
          case PythonLexer.OPEN_PAREN -> ")";
          case PythonLexer.OPEN_BRACK -> "]";
          default -> "}";
        };
        if (!expected.equals(close)) {
          String msg = "closing parenthesis '" + close + "' does not match opening parenthesis '" + open.getText() + "'";
          if (open.getLine() != t.getLine()) {
            msg += " on line " + open.getLine();
          }
          error(msg, "SyntaxError", t);
          return;
        }
        bracketDepth--;
        queue(t);
      }
      case PythonLexer.UNTERMINATED_SHORT_STRING ->
          error("unterminated string literal (detected at line " + t.getLine() + ")", "SyntaxError", t);
      case PythonLexer.UNTERMINATED_LONG_STRING ->
          error("unterminated triple-quoted string literal (detected at line " + lastLine() + ")", "SyntaxError", t);
      case PythonLexer.STRAY_CHAR -> stray(t);
      default -> queue(t);
    }
  }

  /** Keywords CPython 3.11 accepts right after a number, as in {@code 1if x else 2}. */
  private static final java.util.Set<String> NUMBER_SUFFIX_KEYWORDS =
      java.util.Set.of("and", "else", "for", "if", "in", "is", "not", "or");

  private static boolean startsLikeName(Token t) {
    String s = t.getText();
    return !s.isEmpty() && (Character.isLetter(s.codePointAt(0)) || s.charAt(0) == '_')
        && t.getType() != PythonLexer.STRING && t.getType() != PythonLexer.UNTERMINATED_SHORT_STRING
        && t.getType() != PythonLexer.UNTERMINATED_LONG_STRING;
  }

  private void stray(Token t) {
    String s = t.getText();
    int cp = s.codePointAt(0);
    if (cp == '\\') {
      error("unexpected character after line continuation character", "SyntaxError", t);
    } else if (cp >= 128) {
      error(String.format("invalid character '%s' (U+%04X)", s, cp), "SyntaxError", t);
    } else if (cp == '!' || cp == '$' || cp == '?' || cp == '`') {
      queue(synthetic(PythonLexer.ERROR_TOKEN, s, t));
    } else {
      error(String.format("invalid non-printable character U+%04X", cp), "SyntaxError", t);
    }
  }

  private int lastLine() {
    CharStream in = getInputStream();
    String all = in.getText(org.antlr.v4.runtime.misc.Interval.of(0, in.size() - 1));
    int line = 1;
    for (int i = 0; i < all.length() - 1; i++) {
      if (all.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private void finish(Token eof) {
    if (bracketDepth > 0) {
      unclosedAtEof = neverClosed(brackets[bracketDepth - 1]);
      queue(synthetic(PythonLexer.ERROR_TOKEN, "", eof));
    }
    if (lastAddedType != -1 && lastAddedType != PythonLexer.NEWLINE) {
      queue(synthetic(PythonLexer.NEWLINE, "", eof));
    }
    while (indentDepth > 0) {
      indentDepth--;
      queue(synthetic(PythonLexer.DEDENT, "<DEDENT>", eof));
    }
    queue(eof);
    finished = true;
  }

  private void error(String message, String errorType, Token at) {
    errors.add(new LexError(message, errorType, at.getLine(), at.getCharPositionInLine(), at.getStartIndex(), at.getStopIndex(),
        bracketDepth > 0 ? neverClosed(brackets[bracketDepth - 1]) : null));
    queue(synthetic(PythonLexer.ERROR_TOKEN, at.getText(), at));
  }

  private static LexError neverClosed(Token open) {
    return new LexError("'" + open.getText() + "' was never closed", "SyntaxError",
        open.getLine(), open.getCharPositionInLine(), open.getStartIndex(), open.getStopIndex(), null);
  }

  private void queue(Token t) {
    pending.add(t);
    lastAddedType = t.getType();
  }

  private Token synthetic(int type, String text, Token at) {
    CommonToken t = new CommonToken(at);
    t.setType(type);
    t.setText(text);
    if (type == PythonLexer.INDENT || type == PythonLexer.DEDENT || (type == PythonLexer.NEWLINE && at.getType() == Token.EOF)) {
      t.setStopIndex(at.getStartIndex() - 1);
    }
    return t;
  }

  private Token makeEof() {
    CommonToken t = new CommonToken(Token.EOF, "<EOF>");
    int n = getInputStream().size();
    t.setStartIndex(n);
    t.setStopIndex(n - 1);
    t.setLine(getLine());
    t.setCharPositionInLine(getCharPositionInLine());
    return t;
  }
}
