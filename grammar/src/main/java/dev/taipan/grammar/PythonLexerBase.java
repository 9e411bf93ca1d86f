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

  /** A tokenizer error: CPython's message and where CPython reports it. */
  public record LexError(String message, String errorType, int line, int column, int startIndex, int stopIndex) {}

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

  protected PythonLexerBase(CharStream input) {
    super(input);
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
    for (int i = 0; i < all.length(); i++) {
      if (all.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private void finish(Token eof) {
    if (bracketDepth > 0) {
      Token open = brackets[0];
      error("'" + open.getText() + "' was never closed", "SyntaxError", open);
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
    errors.add(new LexError(message, errorType, at.getLine(), at.getCharPositionInLine(), at.getStartIndex(), at.getStopIndex()));
    queue(synthetic(PythonLexer.ERROR_TOKEN, at.getText(), at));
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
