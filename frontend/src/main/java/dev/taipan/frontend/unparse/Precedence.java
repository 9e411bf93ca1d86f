package dev.taipan.frontend.unparse;

/** Operator binding strengths, weakest first, as in CPython's {@code ast._Precedence}. */
final class Precedence {
  static final int NAMED_EXPR = 1;
  static final int TUPLE = 2;
  static final int YIELD = 3;
  static final int TEST = 4;
  static final int OR = 5;
  static final int AND = 6;
  static final int NOT = 7;
  static final int CMP = 8;
  static final int BOR = 9;
  static final int BXOR = 10;
  static final int BAND = 11;
  static final int SHIFT = 12;
  static final int ARITH = 13;
  static final int TERM = 14;
  static final int FACTOR = 15;
  static final int POWER = 16;
  static final int AWAIT = 17;
  static final int ATOM = 18;

  private Precedence() {}
}
