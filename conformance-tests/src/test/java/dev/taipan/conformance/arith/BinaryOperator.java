package dev.taipan.conformance.arith;

/** The arithmetic binary operators under test, with their Python spelling. */
enum BinaryOperator {
  ADD("+"),
  SUB("-"),
  MUL("*"),
  TRUE_DIV("/"),
  FLOOR_DIV("//"),
  MOD("%"),
  POW("**");

  private final String symbol;

  BinaryOperator(String symbol) {
    this.symbol = symbol;
  }

  String symbol() {
    return symbol;
  }
}
