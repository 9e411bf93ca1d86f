package dev.taipan.conformance.arith;

/**
 * Signals an expression whose Python result the model deliberately does not compute (complex
 * results, non-integral float powers, int powers past the size bound); such cases are dropped.
 */
final class OutsideModel extends RuntimeException {
  OutsideModel(String reason) {
    super(reason, null, false, false);
  }
}
