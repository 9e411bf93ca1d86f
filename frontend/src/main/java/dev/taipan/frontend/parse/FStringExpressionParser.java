package dev.taipan.frontend.parse;

import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.Span;
import dev.taipan.grammar.PythonParser;

/** Parses the expression of one f-string replacement field, placed where it sits in the file. */
final class FStringExpressionParser {
  private FStringExpressionParser() {}

  /**
   * @param start the line shift and first-line column (UTF-8 bytes) of the field's opening brace,
   *     where CPython starts the parenthesized sub-parse
   */
  static Expr parse(String exprText, int[] start, Span whole) {
    String src = "(" + exprText + ")";
    Positions pos = new Positions(new LineMap(src), start[0], start[1]);
    PythonParser.Fstring_exprContext tree;
    try {
      tree = ParseDriver.parse(src, pos, PythonParser::fstring_expr);
    } catch (SyntaxErrorException e) {
      throw new SyntaxErrorException(e.kind, "f-string: " + e.getMessage(), whole);
    }
    return new ExpressionBuilder(pos).expr(tree.getChild(0));
  }
}
