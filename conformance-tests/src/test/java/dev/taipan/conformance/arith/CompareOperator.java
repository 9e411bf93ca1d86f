package dev.taipan.conformance.arith;

/** The comparison operators under test, with their Python spelling. */
enum CompareOperator {
  LT("<"),
  LE("<="),
  EQ("=="),
  NE("!="),
  GT(">"),
  GE(">=");

  private final String symbol;

  CompareOperator(String symbol) {
    this.symbol = symbol;
  }

  String symbol() {
    return symbol;
  }

  /** The outcome for operands ordered by {@code order} (sign of left - right), or unordered (NaN). */
  boolean holds(Integer order) {
    if (order == null) {
      return this == NE;
    }
    return switch (this) {
      case LT -> order < 0;
      case LE -> order <= 0;
      case EQ -> order == 0;
      case NE -> order != 0;
      case GT -> order > 0;
      case GE -> order >= 0;
    };
  }
}
