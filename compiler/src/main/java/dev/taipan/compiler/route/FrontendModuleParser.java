package dev.taipan.compiler.route;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.diag.DiagnosticRenderer;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The frontend's parser as the router sees it: a syntax error becomes a rendered RouteException. */
public final class FrontendModuleParser implements ModuleParser {
  @Override
  public Mod.Module parse(String displayPath, String source) throws RouteException {
    return switch (SourceParser.parse(displayPath, source)) {
      case ParseResult.Success s -> s.module();
      case ParseResult.Failure f ->
          throw new RouteException(
              DiagnosticRenderer.render(
                  f.diagnostic(), line -> f.lines() == null ? "" : f.lines().lineText(line)));
    };
  }

  /**
   * The text of a file that is not plain UTF-8, decoded as CPython does (PEP 263 coding cookie);
   * undecodable bytes are a positioned SyntaxError shown under the line they spoil.
   */
  static String decode(String displayPath, Path file) throws RouteException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new RouteException(displayPath + ": cannot read: " + e.getMessage());
    }
    return switch (SourceParser.parse(displayPath, bytes)) {
      case ParseResult.Success s -> s.lines().text();
      case ParseResult.Failure f -> {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
        throw new RouteException(DiagnosticRenderer.render(f.diagnostic(),
            line -> f.lines() != null ? f.lines().lineText(line) : line >= 1 && line <= lines.length ? lines[line - 1] : ""));
      }
    };
  }
}
