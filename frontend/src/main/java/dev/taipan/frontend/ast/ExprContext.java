package dev.taipan.frontend.ast;

/** CPython's {@code expr_context}: the enum constants carry CPython's names. */
public enum ExprContext {
  Load,
  Store,
  Del
}
