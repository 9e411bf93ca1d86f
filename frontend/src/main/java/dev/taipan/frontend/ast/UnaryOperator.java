package dev.taipan.frontend.ast;

/** CPython's {@code unaryop}: the enum constants carry CPython's names. */
public enum UnaryOperator {
  Invert,
  Not,
  UAdd,
  USub
}
