package dev.taipan.frontend.ast;

/** CPython's {@code alias}. */
public record Alias(String name, /* nullable */ String asname, Span span) implements Located {}
