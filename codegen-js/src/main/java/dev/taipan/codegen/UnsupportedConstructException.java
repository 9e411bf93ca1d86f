package dev.taipan.codegen;

/** Thrown when generation meets a construct that CheckUnsupportedFeatures should have reported. */
public final class UnsupportedConstructException extends RuntimeException {
  private final UnsupportedConstruct construct;

  public UnsupportedConstructException(UnsupportedConstruct construct) {
    super(construct.message());
    this.construct = construct;
  }

  public UnsupportedConstruct construct() {
    return construct;
  }
}
