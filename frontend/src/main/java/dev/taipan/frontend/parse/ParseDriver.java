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
    if (!lexer.lexErrors().isEmpty()) {
      PythonLexerBase.LexError e = lexer.lexErrors().get(0);
      DiagnosticKind kind = switch (e.errorType()) {
        case "IndentationError" -> DiagnosticKind.INDENTATION_ERROR;
        case "TabError" -> DiagnosticKind.TAB_ERROR;
        default -> DiagnosticKind.SYNTAX_ERROR;
      };
      int col = pos.lines().byteColumn(e.line(), e.column());
      Span at = pos.shift(e.line(), col, e.line(), col + 1);
      throw new SyntaxErrorException(kind, e.message(), at);
    }
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
        throw describe(e.getCause() instanceof RecognitionException re ? re : null, parser, pos);
      }
    }
  }

  private static SyntaxErrorException describe(RecognitionException e, PythonParser parser, Positions pos) {
    Token t = e != null && e.getOffendingToken() != null ? e.getOffendingToken() : parser.getCurrentToken();
    Span at = pos.at(t);
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
    if (t.getType() == Token.EOF) {
      return new SyntaxErrorException("unexpected EOF while parsing", at);
    }
    return new SyntaxErrorException("invalid syntax", at);
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
