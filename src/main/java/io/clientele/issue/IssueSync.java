package io.clientele.issue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.account.AccountRefs;
import io.clientele.common.ExternalId;
import io.clientele.common.Ids;
import io.clientele.staff.Caller;
import io.clientele.sync.BatchPlanner;
import io.clientele.sync.BatchReader;
import io.clientele.sync.Plan;
import io.clientele.sync.SyncMapping;
import io.clientele.sync.SyncedType;
import io.clientele.web.FieldErrors;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Issues as sync upserts them (CRM cases) and the change feed shows them. A record is the issue's
 * own fields (IssueInput), its account (`accountId`, or `account`: {source, externalId}) and,
 * optionally, the case's `status` and `resolution` in the source: a connector mirrors the source's
 * workflow rather than replaying ours, so any status may be set (recorded as a `sync` move), a
 * resolved or closed one with its resolution. A record that leaves out the owner, the raiser or
 * raisedAt keeps the issue's; escalations are Clientele's own and never synced.
 */
@ApplicationScoped
public class IssueSync implements SyncedType<IssueSync.Named, Issue> {
  private final AccountRefs accounts;
  private final IssueChecks checks;
  private final IssueQueries queries;
  private final IssueSyncQueries syncQueries;
  private final IssueTargets targets;
  private final Caller caller;

  public IssueSync(
      AccountRefs accounts,
      IssueChecks checks,
      IssueQueries queries,
      IssueSyncQueries syncQueries,
      IssueTargets targets,
      Caller caller) {
    this.accounts = accounts;
    this.checks = checks;
    this.queries = queries;
    this.syncQueries = syncQueries;
    this.targets = targets;
    this.caller = caller;
  }

  @Override
  public SyncMapping<Issue> mapping() {
    return IssueSyncQueries.MAPPING;
  }

  @Override
  public BatchPlanner<Named, Issue> planner(List<JsonNode> records, Instant now) {
    return new Batch(accounts.find(records), now);
  }

  /** An issue record: its account, the source's status and resolution, and its own fields. */
  record Named(UUID accountId, IssueStatus status, String resolution, IssueInput issue) {}

  /** The fields of a record that are not IssueInput's (see IssueRecord for the contract). */
  public record Workflow(UUID accountId, IssueStatus status, String resolution) {}

  private static final List<String> WORKFLOW_FIELDS = List.of("accountId", "status", "resolution");

  /** One batch: accounts, owners, raisers and visibility read once; the moves it plans. */
  private class Batch implements BatchPlanner<Named, Issue> {
    private final Map<ExternalId, UUID> accountRefs;
    private final Instant now;
    private final UUID by = caller.staffId();
    private final Map<UUID, IssueTransition> moves = new HashMap<>();
    private Set<UUID> visible;
    private Set<UUID> usableAccounts;
    private IssueRules.Facts facts;

    Batch(Map<ExternalId, UUID> accountRefs, Instant now) {
      this.accountRefs = accountRefs;
      this.now = now;
    }

    @Override
    public Named read(ObjectNode fields, BatchReader reader) throws JsonProcessingException {
      AccountRefs.resolve(fields, accountRefs);
      ObjectNode workflowFields = fields.objectNode();
      for (String field : WORKFLOW_FIELDS) {
        JsonNode value = fields.remove(field);
        if (value != null) {
          workflowFields.set(field, value);
        }
      }
      Workflow workflow = reader.fields(workflowFields, Workflow.class);
      if (workflow.accountId() == null) {
        throw ProblemException.invalidField(
            "accountId", "is required: name the issue's account by accountId or account");
      }
      if (workflow.resolution() != null && workflow.resolution().length() > 10000) {
        throw ProblemException.invalidField("resolution", "at most 10000 characters");
      }
      IssueInput input = reader.fields(fields, IssueInput.class);
      return new Named(workflow.accountId(), workflow.status(), workflow.resolution(), input);
    }

    @Override
    public void prepare(Collection<Named> inputs, Collection<Issue> existing) {
      visible = queries.visibleIds(existing.stream().map(i -> i.id).toList(), caller.visibility());
      usableAccounts = accounts.usable(inputs.stream().map(Named::accountId).distinct().toList());
      facts =
          checks.read(
              inputs.stream()
                  .map(n -> new IssueChecks.Wanted(n.accountId(), n.issue(), null))
                  .toList(),
              existing);
    }

    @Override
    public Plan plan(ExternalId own, Named named, Issue existing) {
      if (existing != null) {
        Plan.checkWritable("Issue", existing.id, visible.contains(existing.id), existing.deletedAt);
      }
      if ((existing == null || !named.accountId().equals(existing.accountId))
          && !usableAccounts.contains(named.accountId())) {
        throw ProblemException.invalidField("accountId", "no such account");
      }
      IssueInput input =
          named
              .issue()
              .withExternalIds(
                  Plan.externalIds(
                      own,
                      named.issue().externalIds(),
                      existing == null ? List.of() : existing.externalIds));
      Issue issue = existing == null ? new Issue() : existing;
      if (existing == null) {
        issue.id = Ids.newId();
      }
      List<Object> before = existing == null ? null : state(existing);
      facts = checks.covering(facts, issue, named.accountId(), input);
      IssueRules.apply(issue, named.accountId(), input, facts, now, targets);
      FieldErrors errors = new FieldErrors();
      IssueTransition move =
          errors.check(
              () ->
                  IssueRules.syncStatus(
                      issue, named.status(), named.resolution(), by, now, own.source()));
      errors.throwIfAny();
      if (existing == null) {
        remember(issue.id, move);
        return Plan.create(issue.id, issue.externalIds, IssueSyncQueries.row(issue, null));
      }
      if (state(issue).equals(before)) {
        return Plan.unchanged(issue.id, issue.version);
      }
      remember(issue.id, move);
      return Plan.update(
          issue.id, issue.version, issue.externalIds, IssueSyncQueries.row(issue, issue.version));
    }

    private void remember(UUID id, IssueTransition move) {
      if (move != null) {
        moves.put(id, move);
      }
    }

    @Override
    public void written(List<UUID> written) {
      List<Map<String, Object>> rows = new ArrayList<>();
      written.stream()
          .map(moves::get)
          .filter(m -> m != null)
          .forEach(m -> rows.add(IssueSyncQueries.moveRow(m)));
      syncQueries.insertMoves(rows, now);
    }
  }

  /** Everything an issue stores that a record can change, to tell an unchanged record. */
  private static List<Object> state(Issue i) {
    return Arrays.asList(
        i.accountId,
        i.title,
        i.description,
        i.severity,
        i.category,
        i.raisedByContactId,
        i.raisedByStaffId,
        i.ownerId,
        i.responsibleId,
        i.status,
        i.raisedAt,
        i.dueAt,
        i.resolution,
        new HashSet<>(i.externalIds));
  }
}
