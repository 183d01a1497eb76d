package io.clientele.plan;

import io.clientele.account.AccountService;
import io.clientele.staff.Caller;
import io.clientele.staff.Roles;
import io.clientele.staff.Visibility;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Who reaches which plan and who moves it, in one place. A plan is seen by whoever sees its account
 * (staff/Visibility, through account/AccountService): 404 otherwise, like a missing one. Writing it
 * is a matter of role (the resources' @RolesAllowed: admins, directors, managers). Activating and
 * closing it is for the account's director or above: an admin, or a director, who sees the account
 * exactly when their team (their subtree) holds it.
 */
@ApplicationScoped
class PlanAccess {
  private final AccountService accounts;
  private final PlanQueries queries;
  private final Caller caller;

  PlanAccess(AccountService accounts, PlanQueries queries, Caller caller) {
    this.accounts = accounts;
    this.queries = queries;
    this.caller = caller;
  }

  /** The account, if the caller sees it (404 otherwise). */
  void account(UUID accountId) {
    accounts.get(accountId);
  }

  /** A live plan of an account the caller sees, locked when `forUpdate`; 404 otherwise. */
  AccountPlan find(UUID accountId, UUID planId, boolean forUpdate) {
    account(accountId);
    return queries
        .find(accountId, planId, forUpdate)
        .orElseThrow(() -> ProblemException.notFound("Account plan"));
  }

  /** Whether the caller activates and closes the plans they see. */
  boolean movesPlans() {
    return caller.is(Roles.ADMIN) || caller.is(Roles.DIRECTOR);
  }

  /** The moves the caller may make on the plan now. */
  List<PlanStatus> allowedMoves(AccountPlan plan) {
    return movesPlans() ? plan.status().next() : List.of();
  }

  UUID me() {
    return caller.staffId();
  }

  Visibility visibility() {
    return caller.visibility();
  }
}
