package dev.taipan.codegen;

import dev.taipan.frontend.ast.Alias;
import dev.taipan.frontend.ast.ExceptHandler;
import dev.taipan.frontend.ast.Pattern;
import dev.taipan.frontend.ast.Stmt;
import java.util.List;

/**
 * The names a node binds other than by an assignment target or a {@code for} target: {@code def},
 * {@code class}, {@code import} aliases, {@code except ... as}, {@code global}/{@code nonlocal}
 * declarations and {@code match} captures. The analyses that trust a local's value between
 * assignments they see (LocalTypeFacts, AttributeFacts) give up on these names.
 */
final class OtherBindings {
  private OtherBindings() {}

  static List<String> of(Object node) {
    return switch (node) {
      case Stmt.FunctionDef d -> List.of(d.name());
      case Stmt.AsyncFunctionDef d -> List.of(d.name());
      case Stmt.ClassDef c -> List.of(c.name());
      case Alias a -> List.of(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
      case ExceptHandler h when h.name() != null -> List.of(h.name());
      case Stmt.Global g -> g.names();
      case Stmt.Nonlocal n -> n.names();
      case Pattern.MatchAs p when p.name() != null -> List.of(p.name());
      case Pattern.MatchStar p when p.name() != null -> List.of(p.name());
      case Pattern.MatchMapping p when p.rest() != null -> List.of(p.rest());
      default -> List.of();
    };
  }
}
