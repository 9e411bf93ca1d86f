package dev.taipan.frontend.ast;

/** A node that carries CPython's position attributes. */
public interface Located {
  Span span();
}
