package io.clientele.activity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.account.AccountRefs;
import io.clientele.account.AccountService;
import io.clientele.common.ExternalId;
import io.clientele.common.Ids;
import io.clientele.sync.BatchPlanner;
import io.clientele.sync.BatchReader;
import io.clientele.sync.Plan;
import io.clientele.sync.SyncMapping;
import io.clientele.sync.SyncedType;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Activities as sync upserts them (a CRM's tasks and events) and the change feed shows them. An
 * activity belongs to the account its record names (`accountId`, or `account`: {source,
 * externalId}); naming another account moves it there, as the source system did. Each record is
 * checked with ActivityRules against the staff and contacts of the whole batch, read once.
 */
@ApplicationScoped
public class ActivitySync implements SyncedType<ActivitySync.Named, Activity> {
  private final AccountRefs refs;
  private final AccountService accounts;
  private final ActivityQueries queries;
  private final ActivityService activities;

  public ActivitySync(
      AccountRefs refs,
      AccountService accounts,
      ActivityQueries queries,
      ActivityService activities) {
    this.refs = refs;
    this.accounts = accounts;
    this.queries = queries;
    this.activities = activities;
  }

  @Override
  public SyncMapping<Activity> mapping() {
    return ActivitySyncQueries.MAPPING;
  }

  @Override
  public BatchPlanner<Named, Activity> planner(List<JsonNode> records, Instant now) {
    return new Batch(refs.find(records), now);
  }

  /** An activity record: the account it belongs to and its own fields. */
  record Named(UUID accountId, ActivityInput activity) {}

  /** One batch: the accounts, staff and contacts its records name, and who may see them. */
  private class Batch implements BatchPlanner<Named, Activity> {
    private final Map<ExternalId, UUID> accountRefs;
    private final Instant now;
    private final UUID defaultStaff = activities.defaultStaff();
    private Set<UUID> visible;
    private Set<UUID> usableAccounts;
    private ActivityRules.Known known;

    Batch(Map<ExternalId, UUID> accountRefs, Instant now) {
      this.accountRefs = accountRefs;
      this.now = now;
    }

    @Override
    public Named read(ObjectNode fields, BatchReader reader) throws JsonProcessingException {
      AccountRefs.resolve(fields, accountRefs);
      JsonNode accountId = fields.remove("accountId");
      if (accountId == null || accountId.isNull()) {
        throw ProblemException.invalidField(
            "accountId", "is required: name the activity's account by accountId or account");
      }
      UUID account;
      try {
        account = UUID.fromString(accountId.asText());
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalidField("accountId", "is not a UUID");
      }
      return new Named(account, reader.fields(fields, ActivityInput.class));
    }

    @Override
    public void prepare(Collection<Named> inputs, Collection<Activity> existing) {
      visible = accounts.visibleIds(existing.stream().map(a -> a.accountId).distinct().toList());
      usableAccounts = refs.usable(inputs.stream().map(Named::accountId).distinct().toList());
      known = queries.known(inputs.stream().map(Named::activity).toList());
    }

    @Override
    public Plan plan(ExternalId own, Named named, Activity existing) {
      if (existing != null) {
        Plan.checkWritable(
            "Activity", existing.id, visible.contains(existing.accountId), existing.deletedAt);
      }
      if ((existing == null || !named.accountId().equals(existing.accountId))
          && !usableAccounts.contains(named.accountId())) {
        throw ProblemException.invalidField("accountId", "no such account");
      }
      ActivityInput input =
          named
              .activity()
              .withExternalIds(
                  Plan.externalIds(
                      own,
                      named.activity().externalIds(),
                      existing == null ? List.of() : existing.externalIds));
      Activity activity = existing == null ? new Activity() : existing;
      List<Object> before = existing == null ? null : ActivityRules.state(existing);
      ActivityRules.apply(
          activity, existing == null, named.accountId(), input, known, defaultStaff, now);
      if (existing == null) {
        activity.id = Ids.newId();
        return Plan.create(
            activity.id, activity.externalIds, ActivitySyncQueries.row(activity, null));
      }
      if (ActivityRules.state(activity).equals(before)) {
        return Plan.unchanged(activity.id, activity.version);
      }
      return Plan.update(
          activity.id,
          activity.version,
          activity.externalIds,
          ActivitySyncQueries.row(activity, activity.version));
    }
  }
}
