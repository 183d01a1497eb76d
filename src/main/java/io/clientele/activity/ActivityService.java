package io.clientele.activity;

import io.clientele.account.AccountService;
import io.clientele.common.Ids;
import io.clientele.common.Timestamps;
import io.clientele.staff.Caller;
import io.clientele.staff.Roles;
import io.clientele.web.ETags;
import io.clientele.web.MergePatch;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Activities live and die with their account: whoever may see (or write) it may see (or write)
 * them. Their rules are ActivityRules'; the account's lastContactAt follows them in the database.
 */
@ApplicationScoped
public class ActivityService {
  private final ActivityQueries queries;
  private final AccountService accounts;
  private final MergePatch mergePatch;
  private final Caller caller;

  public ActivityService(
      ActivityQueries queries, AccountService accounts, MergePatch mergePatch, Caller caller) {
    this.queries = queries;
    this.accounts = accounts;
    this.mergePatch = mergePatch;
    this.caller = caller;
  }

  public Page<Activity> list(ActivityQueries.Filter filter, PageRequest page, String sort) {
    UUID root = filter.scope() == null ? null : caller.staffId();
    return queries.list(filter, caller.visibility(), root, page, sort);
  }

  /** An account's activities: the account must be one the caller may see (else 404). */
  public Page<Activity> listOfAccount(
      UUID accountId, ActivityQueries.Filter filter, PageRequest page, String sort) {
    accounts.get(accountId);
    return list(filter.onAccount(accountId), page, sort);
  }

  public Activity get(UUID id) {
    return queries
        .findVisible(id, caller.visibility())
        .orElseThrow(() -> ProblemException.notFound("Activity"));
  }

  @Transactional
  public Activity create(UUID accountId, ActivityInput input) {
    accounts.get(accountId);
    Activity activity = new Activity();
    activity.id = Ids.newId();
    apply(activity, true, accountId, input);
    activity.persist();
    activity.flush();
    return activity;
  }

  @Transactional
  public Activity update(UUID id, String patch, OptionalLong expectedVersion) {
    Activity activity = get(id);
    return mergePatch.update(
        activity,
        expectedVersion,
        patch,
        ActivityInput.from(activity),
        (a, input) -> apply(a, false, a.accountId, input));
  }

  @Transactional
  public void delete(UUID id, OptionalLong expectedVersion) {
    Activity activity = get(id);
    ETags.checkIfMatch(expectedVersion, activity.version);
    activity.softDelete();
    activity.flush();
  }

  private void apply(Activity activity, boolean creating, UUID accountId, ActivityInput input) {
    ActivityRules.apply(
        activity,
        creating,
        accountId,
        input,
        queries.known(List.of(input)),
        defaultStaff(),
        Timestamps.now());
  }

  /** Who takes part when a new activity names nobody: the caller, unless a connector. */
  UUID defaultStaff() {
    return caller.is(Roles.INTEGRATION) ? null : caller.staffId();
  }
}
