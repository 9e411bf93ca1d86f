package dev.taipan.compiler.route;

import java.util.List;

/** The route of one user module and every reason for it (empty when transpiled). */
public record ModuleDecision(SourceModule module, Route route, List<RouteReason> reasons) {
  public ModuleDecision {
    reasons = List.copyOf(reasons);
  }
}
