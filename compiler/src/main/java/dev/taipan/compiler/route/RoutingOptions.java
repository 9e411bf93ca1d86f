package dev.taipan.compiler.route;

import java.util.Set;

/**
 * The user's overrides, shared by {@code run}, {@code build} and {@code check}.
 *
 * @param forcedFallback modules named by {@code --fallback MODULE} (dotted names; the entry is
 *     {@code __main__} or its file's stem)
 * @param noFallback {@code --no-fallback}: any routing is a compile error
 */
public record RoutingOptions(Set<String> forcedFallback, boolean noFallback) {
  public static final RoutingOptions DEFAULT = new RoutingOptions(Set.of(), false);

  public RoutingOptions {
    forcedFallback = Set.copyOf(forcedFallback);
  }
}
