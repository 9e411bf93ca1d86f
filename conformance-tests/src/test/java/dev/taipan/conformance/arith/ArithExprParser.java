package dev.taipan.conformance.arith;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the arithmetic subset of Python expressions (number and bool literals, parentheses,
 * unary minus, binary operators, chained comparisons) with Python's precedence, so golden
 * tables can be written as plain Python.
 */
final class ArithExprParser {
  private static final Pattern TOKEN = Pattern.compile(
      "\\s*(?:(\\d+\\.\\d*(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?|\\d+[eE][+-]?\\d+)"
          + "|(\\d+)|(True|False)|(\\*\\*|//|<=|>=|==|!=|[-+*/%<>()]))");

  private final List<String> tokens = new ArrayList<>();
  private int position;

  private ArithExprParser(String source) {
    Matcher matcher = TOKEN.matcher(source);
    int at = 0;
    while (at < source.length()) {
      if (source.substring(at).isBlank()) {
        break;
      }
      if (!matcher.find(at) || matcher.start() != at) {
        throw new IllegalArgumentException("cannot read '" + source + "' at column " + at);
      }
      tokens.add(matcher.group().strip());
      at = matcher.end();
    }
  }

  static ArithExpr parse(String source) {
    ArithExprParser parser = new ArithExprParser(source);
    ArithExpr expr = parser.comparison();
    if (parser.position != parser.tokens.size()) {
      throw new IllegalArgumentException(
          "unexpected '" + parser.tokens.get(parser.position) + "' in '" + source + "'");
    }
    return expr;
  }

  private ArithExpr comparison() {
    ArithExpr first = sum();
    List<CompareOperator> ops = new ArrayList<>();
    List<ArithExpr> rest = new ArrayList<>();
    for (CompareOperator op = compareOperator(); op != null; op = compareOperator()) {
      position++;
      ops.add(op);
      rest.add(sum());
    }
    return ops.isEmpty() ? first : new ArithExpr.Compare(first, ops, rest);
  }

  private CompareOperator compareOperator() {
    String token = peek();
    for (CompareOperator op : CompareOperator.values()) {
      if (op.symbol().equals(token)) {
        return op;
      }
    }
    return null;
  }

  private ArithExpr sum() {
    ArithExpr left = term();
    while (peekIs("+") || peekIs("-")) {
      BinaryOperator op = next().equals("+") ? BinaryOperator.ADD : BinaryOperator.SUB;
      left = new ArithExpr.Binary(left, op, term());
    }
    return left;
  }

  private ArithExpr term() {
    ArithExpr left = factor();
    while (peekIs("*") || peekIs("/") || peekIs("//") || peekIs("%")) {
      BinaryOperator op = switch (next()) {
        case "*" -> BinaryOperator.MUL;
        case "/" -> BinaryOperator.TRUE_DIV;
        case "//" -> BinaryOperator.FLOOR_DIV;
        default -> BinaryOperator.MOD;
      };
      left = new ArithExpr.Binary(left, op, factor());
    }
    return left;
  }

  private ArithExpr factor() {
    if (peekIs("-")) {
      position++;
      return new ArithExpr.Negate(factor());
    }
    return power();
  }

  private ArithExpr power() {
    ArithExpr base = primary();
    if (peekIs("**")) {
      position++;
      return new ArithExpr.Binary(base, BinaryOperator.POW, factor());
    }
    return base;
  }

  private ArithExpr primary() {
    String token = next();
    if (token.equals("(")) {
      ArithExpr inner = comparison();
      if (!")".equals(next())) {
        throw new IllegalArgumentException("missing ')'");
      }
      return inner;
    }
    if (token.equals("True") || token.equals("False")) {
      return new ArithExpr.Literal(new PyValue.Bool(token.equals("True")));
    }
    if (token.chars().allMatch(Character::isDigit)) {
      return new ArithExpr.Literal(new PyValue.Int(new BigInteger(token)));
    }
    if (Character.isDigit(token.charAt(0)) || token.charAt(0) == '.') {
      return new ArithExpr.Literal(new PyValue.Float(Double.parseDouble(token)));
    }
    throw new IllegalArgumentException("unexpected '" + token + "'");
  }

  private String peek() {
    return position < tokens.size() ? tokens.get(position) : null;
  }

  private boolean peekIs(String token) {
    return token.equals(peek());
  }

  private String next() {
    if (position >= tokens.size()) {
      throw new IllegalArgumentException("unexpected end of expression");
    }
    return tokens.get(position++);
  }
}
