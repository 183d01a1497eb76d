package io.clientele.staff;

import io.clientele.web.SqlWhere;
import java.util.UUID;

/**
 * Who may see what, as a SQL predicate and nothing else: every list, read, write and rollup adds it
 * to its query, and a record outside it is simply not found. A director sees their whole subtree
 * (the `staff_subtree` function walks the manager tree), a manager only themselves, and admins,
 * executives, finance and integrations everyone.
 */
public final class Visibility {
  private enum Scope {
    EVERYONE,
    SUBTREE,
    SELF
  }

  private final Scope scope;
  private final UUID staffId;

  private Visibility(Scope scope, UUID staffId) {
    this.scope = scope;
    this.staffId = staffId;
  }

  static Visibility everyone() {
    return new Visibility(Scope.EVERYONE, null);
  }

  static Visibility subtreeOf(UUID director) {
    return new Visibility(Scope.SUBTREE, director);
  }

  static Visibility self(UUID staffId) {
    return new Visibility(Scope.SELF, staffId);
  }

  public boolean seesEveryone() {
    return scope == Scope.EVERYONE;
  }

  /** SQL for "the staff whose records the caller may see", usable after `in`. */
  public String staffSet(SqlWhere where) {
    return switch (scope) {
      case EVERYONE -> "(select id from staff)";
      case SUBTREE ->
          "(select id from staff_subtree(" + where.param("visible_root", staffId) + "))";
      case SELF -> "(" + where.param("visible_self", staffId) + ")";
    };
  }
}
