package io.clientele.staff;

import io.clientele.web.SqlWhere;
import java.util.UUID;

/**
 * Who may see what: the one home of every visibility rule, as SQL predicates a query adds to its
 * WHERE. A record outside them is simply not found (404), exactly like a missing one; a single
 * record is read through the same predicate as a list (or, for one staff member, {@link
 * Caller#maySee}, which runs it), and the records below one (an account's entries, a deal's
 * history) are read once their parent was found through it. There are three rules:
 *
 * <ul>
 *   <li>{@link #staff}: a staff member and what is theirs alone (quotas, forecasts, calls,
 *       snapshots). A director sees their whole subtree (the `staff_subtree` function walks the
 *       manager tree), a manager only themselves, and admins, executives, finance and integrations
 *       everyone.
 *   <li>{@link #account}: an account and what hangs off it (contacts, deals, invoices, P&L):
 *       visible when its owner is, or someone on its account team is, by the rule above.
 *   <li>{@link #reviews}: admins and executives see every review; anyone else the reviews written
 *       by them or by someone below them ({@link #reviewerInTeam}), and their own once submitted.
 *       Who sees `compensation` on a review they see is narrower, and lives with the review's other
 *       permissions (review/ReviewAccess), which ask the same {@link #reviewerInTeam}.
 * </ul>
 */
public final class Visibility {
  private enum Scope {
    EVERYONE,
    SUBTREE,
    SELF
  }

  private final Scope scope;
  private final UUID me;
  private final boolean everyReview;

  private Visibility(Scope scope, UUID me, boolean everyReview) {
    this.scope = scope;
    this.me = me;
    this.everyReview = everyReview;
  }

  static Visibility of(Caller caller) {
    boolean everyone =
        caller.is(Roles.ADMIN)
            || caller.is(Roles.EXECUTIVE)
            || caller.is(Roles.FINANCE)
            || caller.is(Roles.INTEGRATION);
    Scope scope =
        everyone ? Scope.EVERYONE : caller.is(Roles.DIRECTOR) ? Scope.SUBTREE : Scope.SELF;
    return new Visibility(
        scope, caller.staffId(), caller.is(Roles.ADMIN) || caller.is(Roles.EXECUTIVE));
  }

  /** True when no staff or account record is hidden from the caller (no predicate is added). */
  public boolean seesEveryone() {
    return scope == Scope.EVERYONE;
  }

  /** Keeps the rows whose `staffColumn` names a staff member the caller may see. */
  public SqlWhere staff(SqlWhere where, String staffColumn) {
    if (!seesEveryone()) {
      where.and(staffColumn + " in " + staffSet(where));
    }
    return where;
  }

  /**
   * Keeps the rows of accounts the caller may see: the owner in `ownerColumn`, or someone on the
   * team of the account in `accountIdColumn`, is a staff member they may see. Expects
   * account_owner_name_idx and account_team_staff_idx.
   */
  public SqlWhere account(SqlWhere where, String ownerColumn, String accountIdColumn) {
    if (!seesEveryone()) {
      String staff = staffSet(where);
      where.and(
          ("(%1$s in %3$s or exists (select 1 from account_team_member tm"
                  + " where tm.account_id = %2$s and tm.staff_id in %3$s))")
              .formatted(ownerColumn, accountIdColumn, staff));
    }
    return where;
  }

  /** Keeps the reviews (table alias `alias`) the caller may see. */
  public SqlWhere reviews(SqlWhere where, String alias) {
    if (!everyReview) {
      String self = where.param("visible_me", me);
      where.and(
          "(%1$s or (%2$s.reviewee_id = %3$s and %2$s.status <> 'draft'))"
              .formatted(reviewerInTeam(where, alias), alias, self));
    }
    return where;
  }

  /**
   * SQL true when the review (table alias `alias`) was written by the caller or by someone below
   * them, whatever the caller's role: the part of {@link #reviews} that a review's own permissions
   * (compensation, edits, moves) also ask.
   */
  public String reviewerInTeam(SqlWhere where, String alias) {
    return "%1$s.reviewer_id in (select id from staff_subtree(%2$s))"
        .formatted(alias, where.param("visible_me", me));
  }

  private String staffSet(SqlWhere where) {
    return switch (scope) {
      case EVERYONE -> "(select id from staff)";
      case SUBTREE -> "(select id from staff_subtree(" + where.param("visible_me", me) + "))";
      case SELF -> "(" + where.param("visible_me", me) + ")";
    };
  }
}
