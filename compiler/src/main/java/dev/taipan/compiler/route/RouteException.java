package dev.taipan.compiler.route;

/** A failure the user must fix (unreadable file, syntax error), carrying a rendered message. */
public final class RouteException extends Exception {
  public RouteException(String message) {
    super(message);
  }
}
