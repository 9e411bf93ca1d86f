package dev.taipan.frontend.ast;

/** CPython's {@code operator}: the enum constants carry CPython's names. */
public enum Operator {
  Add,
  Sub,
  Mult,
  MatMult,
  Div,
  Mod,
  Pow,
  LShift,
  RShift,
  BitOr,
  BitXor,
  BitAnd,
  FloorDiv
}
