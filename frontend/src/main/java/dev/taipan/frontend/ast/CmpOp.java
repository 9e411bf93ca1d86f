package dev.taipan.frontend.ast;

/** CPython's {@code cmpop}: the enum constants carry CPython's names. */
public enum CmpOp {
  Eq,
  NotEq,
  Lt,
  LtE,
  Gt,
  GtE,
  Is,
  IsNot,
  In,
  NotIn
}
