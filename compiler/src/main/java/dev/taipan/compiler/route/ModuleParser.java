package dev.taipan.compiler.route;

import dev.taipan.frontend.ast.Mod;

/** Turns one module's source into its AST; the frontend's parser, seen from the router. */
@FunctionalInterface
public interface ModuleParser {
  /**
   * Parses {@code source}; a syntax error is thrown as a {@link RouteException} whose message is
   * already rendered ({@code file:line:col: SyntaxError: ...} with the source line and caret).
   */
  Mod.Module parse(String displayPath, String source) throws RouteException;
}
