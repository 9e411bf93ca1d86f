package dev.taipan.frontend.unparse;

import static dev.taipan.frontend.testing.Trees.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.frontend.ast.BoolOperator;
import dev.taipan.frontend.ast.ConstantValue;
import dev.taipan.frontend.ast.Expr;
import dev.taipan.frontend.ast.ExprContext;
import dev.taipan.frontend.ast.Operator;
import dev.taipan.frontend.ast.UnaryOperator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Precedence and spelling cases of the unparser, one expectation per line. */
class UnparserTest {

  private static void expectPrinted(Expr e, String source) {
    assertEquals(source, Unparser.unparse(e));
  }

  private static Expr bin(Expr l, Operator op, Expr r) {
    return new Expr.BinOp(l, op, r, S);
  }

  @Test
  void binaryOperatorsParenthesiseOnlyWhereNeeded() {
    expectPrinted(bin(bin(load("a"), Operator.Add, load("b")), Operator.Mult, load("c")), "(a + b) * c");
    expectPrinted(bin(load("a"), Operator.Add, bin(load("b"), Operator.Mult, load("c"))), "a + b * c");
    expectPrinted(bin(load("a"), Operator.Sub, bin(load("b"), Operator.Sub, load("c"))), "a - (b - c)");
    expectPrinted(bin(bin(load("a"), Operator.Sub, load("b")), Operator.Sub, load("c")), "a - b - c");
  }

  @Test
  void powerIsRightAssociative() {
    expectPrinted(bin(load("a"), Operator.Pow, bin(load("b"), Operator.Pow, load("c"))), "a ** b ** c");
    expectPrinted(bin(bin(load("a"), Operator.Pow, load("b")), Operator.Pow, load("c")), "(a ** b) ** c");
    expectPrinted(
        bin(new Expr.UnaryOp(UnaryOperator.USub, num(1), S), Operator.Pow, num(2)), "(-1) ** 2");
  }

  @Test
  void booleanAndConditionalExpressions() {
    Expr or = new Expr.BoolOp(BoolOperator.Or, List.of(load("a"), load("b")), S);
    expectPrinted(new Expr.BoolOp(BoolOperator.And, List.of(or, load("c")), S), "(a or b) and c");
    expectPrinted(new Expr.UnaryOp(UnaryOperator.Not, or, S), "not (a or b)");
    expectPrinted(new Expr.IfExp(load("t"), load("a"), load("b"), S), "a if t else b");
    expectPrinted(
        new Expr.Attribute(new Expr.IfExp(load("t"), load("a"), load("b"), S), "x", ExprContext.Load, S),
        "(a if t else b).x");
  }

  @Test
  void tuplesAndSubscripts() {
    expectPrinted(new Expr.Tuple(List.of(num(1)), ExprContext.Load, S), "1,");
    expectPrinted(new Expr.Tuple(List.of(), ExprContext.Load, S), "()");
    Expr slice = new Expr.Tuple(List.of(new Expr.Slice(num(1), null, null, S), num(2)), ExprContext.Load, S);
    expectPrinted(new Expr.Subscript(load("a"), slice, ExprContext.Load, S), "a[1:, 2]");
  }

  @Test
  void integerLiteralAttributeNeedsASpace() {
    expectPrinted(new Expr.Attribute(num(3), "real", ExprContext.Load, S), "3 .real");
  }

  @Test
  void stringsFollowRepr() {
    expectPrinted(str("it's"), "\"it's\"");
    expectPrinted(str("a\nb\u0000"), "'a\\nb\\x00'");
    expectPrinted(str("\ud800"), "'\\ud800'");
    expectPrinted(new Expr.Constant(new ConstantValue.BytesValue(new byte[] {97, 0, (byte) 255}), null, S), "b'a\\x00\\xff'");
    expectPrinted(new Expr.Constant(new ConstantValue.FloatValue(Double.POSITIVE_INFINITY), null, S), "1e309");
    expectPrinted(new Expr.Constant(new ConstantValue.ComplexValue(0, 2), null, S), "2.0j");
  }

  @Test
  void fstringNestedStringsAvoidTheOuterQuote() {
    Expr inner = new Expr.FormattedValue(str("it's"), -1, null, S);
    expectPrinted(new Expr.JoinedStr(List.of(str("x"), inner), S), "f\"x{'''it's'''}\"");
  }

  @Test
  void walrusAndLambdaParenthesised() {
    Expr walrus = new Expr.NamedExpr(store("x"), num(1), S);
    expectPrinted(new Expr.Call(load("f"), List.of(walrus), List.of(), S), "f((x := 1))");
    Expr lambda = new Expr.Lambda(args("a"), load("a"), S);
    expectPrinted(new Expr.Call(lambda, List.of(), List.of(), S), "(lambda a: a)()");
  }
}
