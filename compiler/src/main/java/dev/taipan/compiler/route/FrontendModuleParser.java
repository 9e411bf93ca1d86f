package dev.taipan.compiler.route;

import dev.taipan.frontend.ast.Mod;
import dev.taipan.frontend.diag.DiagnosticRenderer;
import dev.taipan.frontend.parse.ParseResult;
import dev.taipan.frontend.parse.SourceParser;

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
}
