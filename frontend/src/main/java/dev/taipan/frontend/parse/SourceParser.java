package dev.taipan.frontend.parse;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.ast.Span;
import dev.taipan.frontend.diag.Diagnostic;
import dev.taipan.frontend.diag.DiagnosticKind;
import dev.taipan.grammar.PythonParser;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The frontend's entry point: parses a Python source file into CPython's AST, or reports the
 * first syntax error as CPython would. Parsing runs on a thread with a large stack so that
 * deeply nested code ends in a result or a clean error, never a stack overflow.
 */
public final class SourceParser {
  private static final long STACK_SIZE = 256L * 1024 * 1024;
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(null, r, "taipan-parser", STACK_SIZE);
    t.setDaemon(true);
    return t;
  });

  private SourceParser() {}

  /** Parses source bytes as Python 3.11, decoding them as CPython does (BOM, PEP 263 cookie, else UTF-8). */
  public static ParseResult parse(String fileName, byte[] source) {
    return parse(fileName, source, LanguageVersion.PYTHON_3_11);
  }

  /** Parses source bytes with the grammar of {@code version}. */
  public static ParseResult parse(String fileName, byte[] source, LanguageVersion version) {
    String text;
    try {
      text = SourceDecoder.decode(source);
    } catch (SourceDecoder.DecodeException e) {
      // The error still shows its source line: decode leniently for display only.
      String shown = new String(source, java.nio.charset.StandardCharsets.UTF_8)
          .replace("\r\n", "\n").replace('\r', '\n');
      return new ParseResult.Failure(
          Diagnostic.error(DiagnosticKind.DECODING_ERROR, fileName, Math.max(e.line, 1), 1, e.getMessage()),
          new LineMap(shown));
    }
    return parseText(fileName, text, version);
  }

  /** Parses already decoded source text as Python 3.11. */
  public static ParseResult parse(String fileName, String source) {
    String text = source.indexOf('\r') >= 0 ? source.replace("\r\n", "\n").replace('\r', '\n') : source;
    if (text.indexOf('\0') >= 0) {
      return new ParseResult.Failure(Diagnostic.error(DiagnosticKind.SYNTAX_ERROR, fileName, 1, 1,
          "source code string cannot contain null bytes"), new LineMap(text));
    }
    return parseText(fileName, text, LanguageVersion.PYTHON_3_11);
  }

  private static ParseResult parseText(String fileName, String text, LanguageVersion version) {
    LineMap lines = new LineMap(text);
    Future<ParseResult> f = WORKERS.submit(() -> parseOnThisThread(fileName, lines, version));
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      f.cancel(true);
      return new ParseResult.Failure(Diagnostic.error(DiagnosticKind.SYNTAX_ERROR, fileName, 1, 1, "parse interrupted"), lines);
    } catch (ExecutionException e) {
      throw new IllegalStateException("parser failure on " + fileName, e.getCause());
    }
  }

  private static ParseResult parseOnThisThread(String fileName, LineMap lines, LanguageVersion version) {
    Positions pos = new Positions(lines);
    try {
      PythonParser.File_inputContext tree = ParseDriver.parse(lines.text(), pos, PythonParser::file_input);
      Mod.Module module = new StatementBuilder(new ExpressionBuilder(pos), version).module(tree);
      return new ParseResult.Success(module, lines);
    } catch (SyntaxErrorException e) {
      return new ParseResult.Failure(diagnostic(fileName, lines, e.kind, e.getMessage(), e.span), lines);
    } catch (StackOverflowError e) {
      return new ParseResult.Failure(Diagnostic.error(DiagnosticKind.TOO_COMPLEX, fileName, 1, 1,
          "too many nested expressions: source too complex to parse"), lines);
    }
  }

  private static Diagnostic diagnostic(String file, LineMap lines, DiagnosticKind kind, String message, Span span) {
    int line = Math.max(1, span.lineno());
    int col = lines.charColumn(line, span.colOffset()) + 1;
    int endLine = span.endLineno();
    int endCol = endLine > 0 ? lines.charColumn(endLine, span.endColOffset()) + 1 : 0;
    return Diagnostic.error(kind, file, line, col, endLine, endCol, message);
  }
}
