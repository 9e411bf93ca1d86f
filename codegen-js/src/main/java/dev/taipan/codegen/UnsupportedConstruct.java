package dev.taipan.codegen;

import dev.taipan.frontend.ast.Span;

/**
 * A construct the JavaScript generator does not translate with CPython's exact behaviour:
 * {@code construct} reads in "{@code <construct> is not supported}".
 */
public record UnsupportedConstruct(String construct, Span span) {
  /** The message as the compiler prints it. */
  public String message() {
    return construct + " is not supported";
  }
}
