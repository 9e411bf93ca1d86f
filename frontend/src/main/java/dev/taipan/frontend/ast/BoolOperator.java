package dev.taipan.frontend.ast;

/** CPython's {@code boolop}: the enum constants carry CPython's names. */
public enum BoolOperator {
  And,
  Or
}
