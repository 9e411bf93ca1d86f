package dev.taipan.frontend.ast;

/** CPython's {@code type_ignore}. */
public record TypeIgnore(int lineno, String tag) {}
