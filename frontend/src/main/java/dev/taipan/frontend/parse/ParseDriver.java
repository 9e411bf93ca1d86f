package dev.taipan.frontend.parse;

import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.diag.DiagnosticKind;
import dev.taipan.grammar.PythonLexer;
import dev.taipan.grammar.PythonLexerBase;
import dev.taipan.grammar.PythonParser;
import java.util.function.Function;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Runs the ANTLR lexer and parser over a text: SLL prediction first, full LL only when SLL
 * fails, and the first error turned into a {@link SyntaxErrorException} worded as CPython's.
 */
final class ParseDriver {
  private ParseDriver() {}

  static <T extends ParserRuleContext> T parse(String text, Positions pos, Function<PythonParser, T> rule) {
    PythonLexer lexer = new PythonLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    PythonParser parser = new PythonParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return rule.apply(parser);
    } catch (ParseCancellationException sllFailed) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      try {
        return rule.apply(parser);
      } catch (ParseCancellationException e) {
        RecognitionException re = e.getCause() instanceof RecognitionException r ? r : null;
        Token at = re != null && re.getOffendingToken() != null ? re.getOffendingToken() : parser.getCurrentToken();
        throw firstError(lexer, re, parser, tokens, pos, at, text);
      }
    }
  }

  /**
   * Chooses the error CPython reports: a tokenizer error the parser ran into; else the parser's
   * error, unless it is an indentation error, overridden by a tokenizer error further on (CPython
   * tokenizes the rest of the file after a parse failure) or by a bracket left open at the end.
   */
  private static SyntaxErrorException firstError(
      PythonLexer lexer, RecognitionException re, PythonParser parser, CommonTokenStream tokens, Positions pos, Token at, String text) {
    PythonLexerBase.LexError unclosed = lexer.unclosedAtEof();
    if (at.getType() == PythonLexer.ERROR_TOKEN) {
      if (at.getText().isEmpty() && unclosed != null) {
        return lexError(unclosed, pos);
      }
      for (PythonLexerBase.LexError le : lexer.lexErrors()) {
        if (le.startIndex() == at.getStartIndex()) {
          return lexError(le, pos);
        }
      }
    }
    SyntaxErrorException error = describe(re, parser, tokens, pos, text);
    if (at.getType() == PythonLexer.INDENT || at.getType() == PythonLexer.DEDENT) {
      return error;
    }
    // CPython scans ahead to the first tokenizer error; one that is not raised by the tokenizer
    // itself ends the scan, and a bracket open there wins if the parser had read past its line.
    for (PythonLexerBase.LexError le : lexer.lexErrors()) {
      if (le.startIndex() >= at.getStartIndex()) {
        if (raisedByTokenizer(le)) {
          return lexError(le, pos);
        }
        PythonLexerBase.LexError open = le.enclosingBracket();
        return open != null && at.getLine() > open.line() ? lexError(open, pos) : error;
      }
    }
    if (unclosed != null && at.getLine() > unclosed.line()) {
      return lexError(unclosed, pos);
    }
    return error;
  }

  /** Tokenizer errors CPython raises while scanning ahead; indentation errors surface only when parsed. */
  private static boolean raisedByTokenizer(PythonLexerBase.LexError e) {
    return e.errorType().equals("SyntaxError") && !e.message().startsWith("unexpected character after line continuation");
  }

  private static SyntaxErrorException lexError(PythonLexerBase.LexError e, Positions pos) {
    DiagnosticKind kind = switch (e.errorType()) {
      case "IndentationError" -> DiagnosticKind.INDENTATION_ERROR;
      case "TabError" -> DiagnosticKind.TAB_ERROR;
      default -> DiagnosticKind.SYNTAX_ERROR;
    };
    int col = pos.lines().byteColumn(e.line(), e.column());
    Span at = pos.shift(e.line(), col, e.line(), col + 1);
    return new SyntaxErrorException(kind, e.message(), at);
  }

  private static SyntaxErrorException describe(
      RecognitionException e, PythonParser parser, CommonTokenStream tokens, Positions pos, String text) {
    Token t = e != null && e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
    Span at = locate(t, pos, text);
    IntervalSet expected = e != null ? e.getExpectedTokens() : null;
    ParserRuleContext ctx = e != null && e.getCtx() instanceof ParserRuleContext c ? c : parser.getContext();
    if (t.getType() == PythonLexer.INDENT) {
      return new SyntaxErrorException(DiagnosticKind.INDENTATION_ERROR, "unexpected indent", at);
    }
    if (expected != null && expected.contains(PythonLexer.INDENT) && expected.size() == 1) {
      String owner = blockOwner(ctx);
      return new SyntaxErrorException(DiagnosticKind.INDENTATION_ERROR, "expected an indented block" + owner, at);
    }
    if (t.getType() == PythonLexer.NEWLINE && expected != null && expected.contains(PythonLexer.COLON) && isHeader(ctx)) {
      return new SyntaxErrorException("expected ':'", at);
    }
    if (expected != null && expected.contains(PythonLexer.EXCEPT) && expected.contains(PythonLexer.FINALLY)
        && ctx instanceof PythonParser.Try_stmtContext) {
      return new SyntaxErrorException("expected 'except' or 'finally' block", at);
    }
    if (expected != null && expected.contains(PythonLexer.ELSE) && ctx instanceof PythonParser.TestContext) {
      return new SyntaxErrorException("expected 'else' after 'if' expression", at);
    }
    if (expected != null && expected.contains(PythonLexer.COLON) && ctx instanceof PythonParser.Dict_entryContext) {
      return new SyntaxErrorException("':' expected after dictionary key", at);
    }
    Token prev = t.getTokenIndex() > 0 ? tokens.get(t.getTokenIndex() - 1) : null;
    if (prev != null && prev.getText().equals("print") && prev.getType() == PythonLexer.NAME && startsStatement(tokens, prev)
        && t.getType() != PythonLexer.NEWLINE && t.getType() != PythonLexer.SEMI) {
      return new SyntaxErrorException("Missing parentheses in call to 'print'. Did you mean print(...)?", pos.at(prev));
    }
    if (t.getType() == PythonLexer.WALRUS && prev != null && t.getTokenIndex() > 1) {
      Token before = tokens.get(t.getTokenIndex() - 2);
      String what = prev.getType() == PythonLexer.CLOSE_BRACK ? "subscript"
          : prev.getType() == PythonLexer.NAME && before.getType() == PythonLexer.DOT ? "attribute" : null;
      if (what != null) {
        return new SyntaxErrorException("cannot use assignment expressions with " + what, at);
      }
    }
    if (prev != null && endsOperand(prev) && startsOperand(t) && insideBrackets(tokens, t)
        && !(prev.getType() == PythonLexer.NAME && t.getType() == PythonLexer.STRING)) {
      return new SyntaxErrorException("invalid syntax. Perhaps you forgot a comma?", pos.at(operandStart(ctx, t, prev)));
    }
    if (t.getType() == Token.EOF) {
      return new SyntaxErrorException("unexpected EOF while parsing", at);
    }
    return new SyntaxErrorException("invalid syntax", at);
  }

  /** Where CPython places a token; the end of input sits at the end of the last line, before its newline. */
  private static Span locate(Token t, Positions pos, String text) {
    boolean atEnd = t.getType() == Token.EOF || t.getStartIndex() >= text.codePointCount(0, text.length());
    if (atEnd && text.endsWith("\n") && t.getCharPositionInLine() == 0 && t.getLine() > 1) {
      int line = t.getLine() - 1;
      String lastLine = pos.lines().lineText(line);
      int col = FStringParser.utf8(lastLine);
      return pos.shift(line, col, line, col);
    }
    return pos.at(t);
  }

  /** The first token of the expression just before {@code t} in {@code ctx}, where CPython points for a missing comma. */
  private static Token operandStart(ParserRuleContext ctx, Token t, Token prev) {
    ParserRuleContext list = ctx;
    while (list != null && list.children != null) {
      ParserRuleContext last = null;
      for (int i = list.getChildCount() - 1; i >= 0 && last == null; i--) {
        if (list.getChild(i) instanceof ParserRuleContext c && c.stop != null && c.stop.getTokenIndex() < t.getTokenIndex()) {
          last = c;
        }
      }
      if (last == null || last.stop.getTokenIndex() != prev.getTokenIndex()) {
        return prev;
      }
      if (!(last instanceof PythonParser.ArglistContext || last instanceof PythonParser.Testlist_compContext
          || last instanceof PythonParser.SubscriptlistContext || last instanceof PythonParser.Testlist_star_exprContext
          || last instanceof PythonParser.ExprlistContext || last instanceof PythonParser.Dict_tailContext
          || last instanceof PythonParser.Set_tailContext || last instanceof PythonParser.DictorsetmakerContext)) {
        return last.start;
      }
      list = last;
    }
    return prev;
  }

  private static boolean endsOperand(Token t) {
    return switch (t.getType()) {
      case PythonLexer.NAME, PythonLexer.NUMBER, PythonLexer.STRING, PythonLexer.CLOSE_PAREN, PythonLexer.CLOSE_BRACK,
          PythonLexer.CLOSE_BRACE, PythonLexer.NONE, PythonLexer.TRUE, PythonLexer.FALSE, PythonLexer.ELLIPSIS -> true;
      default -> false;
    };
  }

  private static boolean startsOperand(Token t) {
    return switch (t.getType()) {
      case PythonLexer.NAME, PythonLexer.NUMBER, PythonLexer.STRING, PythonLexer.OPEN_PAREN, PythonLexer.OPEN_BRACK,
          PythonLexer.OPEN_BRACE, PythonLexer.NONE, PythonLexer.TRUE, PythonLexer.FALSE, PythonLexer.ELLIPSIS,
          PythonLexer.TILDE, PythonLexer.LAMBDA, PythonLexer.AWAIT, PythonLexer.MATCH, PythonLexer.CASE, PythonLexer.TYPE -> true;
      default -> false;
    };
  }

  /** Whether {@code t} sits inside brackets, where CPython suggests a missing comma. */
  private static boolean insideBrackets(CommonTokenStream tokens, Token t) {
    int depth = 0;
    for (int i = 0; i < t.getTokenIndex(); i++) {
      switch (tokens.get(i).getType()) {
        case PythonLexer.OPEN_PAREN, PythonLexer.OPEN_BRACK, PythonLexer.OPEN_BRACE -> depth++;
        case PythonLexer.CLOSE_PAREN, PythonLexer.CLOSE_BRACK, PythonLexer.CLOSE_BRACE -> depth--;
        default -> {}
      }
    }
    return depth > 0;
  }

  private static boolean startsStatement(CommonTokenStream tokens, Token t) {
    if (t.getTokenIndex() == 0) {
      return true;
    }
    int type = tokens.get(t.getTokenIndex() - 1).getType();
    return type == PythonLexer.NEWLINE || type == PythonLexer.INDENT || type == PythonLexer.DEDENT || type == PythonLexer.SEMI;
  }

  private static boolean isHeader(ParserRuleContext ctx) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      if (c instanceof PythonParser.If_stmtContext || c instanceof PythonParser.Elif_clauseContext
          || c instanceof PythonParser.While_stmtContext || c instanceof PythonParser.For_stmtContext
          || c instanceof PythonParser.FuncdefContext || c instanceof PythonParser.ClassdefContext
          || c instanceof PythonParser.With_stmtContext || c instanceof PythonParser.Try_stmtContext
          || c instanceof PythonParser.Except_clauseContext || c instanceof PythonParser.Else_clauseContext
          || c instanceof PythonParser.Finally_clauseContext || c instanceof PythonParser.Case_blockContext
          || c instanceof PythonParser.Match_stmtContext) {
        return true;
      }
      if (c instanceof PythonParser.StmtContext || c instanceof PythonParser.AtomContext
          || c instanceof PythonParser.TrailerContext) {
        return false;
      }
    }
    return false;
  }

  private static String blockOwner(ParserRuleContext ctx) {
    for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
      String what = switch (c) {
        case PythonParser.If_stmtContext x -> "'if' statement";
        case PythonParser.Elif_clauseContext x -> "'elif' statement";
        case PythonParser.Else_clauseContext x -> "'else' statement";
        case PythonParser.While_stmtContext x -> "'while' statement";
        case PythonParser.For_stmtContext x -> "'for' statement";
        case PythonParser.Try_stmtContext x -> "'try' statement";
        case PythonParser.Except_clauseContext x -> "'except' statement";
        case PythonParser.Finally_clauseContext x -> "'finally' statement";
        case PythonParser.With_stmtContext x -> "'with' statement";
        case PythonParser.FuncdefContext x -> "function definition";
        case PythonParser.ClassdefContext x -> "class definition";
        case PythonParser.Case_blockContext x -> "'case' statement";
        default -> null;
      };
      if (what != null) {
        return " after " + what + " on line " + c.start.getLine();
      }
    }
    return "";
  }
}
