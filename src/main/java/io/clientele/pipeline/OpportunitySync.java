package io.clientele.pipeline;

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
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Opportunities as sync upserts them and the change feed shows them. Each record of a batch is
 * checked on its own with the pipeline's rules (OpportunityRules, against stages read once) and
 * set-based checks of owners, accounts and visibility; every change of a tracked field is in the
 * deal's history, as after a PATCH. An account may be named by id or by its external id:
 * `"account": {"source": ..., "externalId": ...}`.
 */
@ApplicationScoped
public class OpportunitySync implements SyncedType<OpportunityInput, Opportunity> {
  private final AccountRefs accounts;
  private final OpportunitySyncQueries queries;
  private final Caller caller;

  public OpportunitySync(AccountRefs accounts, OpportunitySyncQueries queries, Caller caller) {
    this.accounts = accounts;
    this.queries = queries;
    this.caller = caller;
  }

  @Override
  public SyncMapping<Opportunity> mapping() {
    return OpportunitySyncQueries.MAPPING;
  }

  @Override
  public BatchPlanner<OpportunityInput, Opportunity> planner(List<JsonNode> records, Instant now) {
    return new Batch(accounts.find(records), now);
  }

  /** One batch: stages, who may see and own what, read once; the history of what it plans. */
  private class Batch implements BatchPlanner<OpportunityInput, Opportunity> {
    private final Map<ExternalId, UUID> accountRefs;
    private final Instant now;
    private final UUID by = caller.staffId();
    private final Map<String, Stage> stages = new HashMap<>();
    private final Map<UUID, List<Map<String, Object>>> history = new HashMap<>();
    private Set<UUID> visible;
    private Set<UUID> usableAccounts;
    private Set<UUID> assignable;

    Batch(Map<ExternalId, UUID> accountRefs, Instant now) {
      this.accountRefs = accountRefs;
      this.now = now;
    }

    @Override
    public OpportunityInput read(ObjectNode fields, BatchReader reader)
        throws JsonProcessingException {
      AccountRefs.resolve(fields, accountRefs);
      return reader.fields(fields, OpportunityInput.class);
    }

    @Override
    public void prepare(Collection<OpportunityInput> inputs, Collection<Opportunity> existing) {
      visible = queries.visibleIds(existing.stream().map(o -> o.id).toList(), caller.visibility());
      usableAccounts =
          accounts.usable(inputs.stream().map(OpportunityInput::accountId).distinct().toList());
      Stage.<Stage>listAll().forEach(s -> stages.put(s.key, s));
      // everyone a record may make an owner: those named, and the caller (the default)
      Set<UUID> owners = new HashSet<>();
      inputs.stream().map(OpportunityInput::ownerId).filter(Objects::nonNull).forEach(owners::add);
      owners.add(by);
      assignable = caller.assignable(owners);
    }

    private Optional<Stage> stage(String key) {
      return Optional.ofNullable(stages.get(key));
    }

    @Override
    public Plan plan(ExternalId own, OpportunityInput named, Opportunity existing) {
      if (existing != null) {
        Plan.checkWritable(
            "Opportunity", existing.id, visible.contains(existing.id), existing.deletedAt);
      }
      OpportunityInput input =
          named.withExternalIds(
              Plan.externalIds(
                  own, named.externalIds(), existing == null ? List.of() : existing.externalIds));
      OpportunityInput before = existing == null ? null : OpportunityInput.from(existing);
      FieldErrors errors = new FieldErrors();
      Stage stage = errors.check(() -> OpportunityRules.stage(before, input, this::stage));
      UUID owner =
          input.ownerId() != null
              ? input.ownerId()
              : existing != null ? existing.ownerId : caller.staffId();
      if ((existing == null || !owner.equals(existing.ownerId)) && !assignable.contains(owner)) {
        errors.add("ownerId", "you may not assign deals to this staff member");
      }
      if ((existing == null || !input.accountId().equals(existing.accountId))
          && !usableAccounts.contains(input.accountId())) {
        errors.add("accountId", "no such account");
      }
      Opportunity deal = existing == null ? new Opportunity() : existing;
      if (existing == null) {
        deal.id = Ids.newId();
      }
      Map<String, String> tracked = existing == null ? null : OpportunityHistory.tracked(existing);
      List<Object> stateBefore = existing == null ? null : state(existing);
      if (stage != null) {
        errors.check(
            () -> OpportunityRules.apply(deal, before, input, owner, stage, this::stage, now));
      }
      errors.throwIfAny();
      if (existing == null) {
        history.put(deal.id, changes(deal, null));
        return Plan.create(deal.id, deal.externalIds, OpportunitySyncQueries.row(deal, null));
      }
      if (state(deal).equals(stateBefore)) {
        return Plan.unchanged(deal.id, deal.version);
      }
      history.put(deal.id, changes(deal, tracked));
      return Plan.update(
          deal.id, deal.version, deal.externalIds, OpportunitySyncQueries.row(deal, deal.version));
    }

    /** The history rows of the tracked fields that differ from `tracked` (null: a new deal). */
    private List<Map<String, Object>> changes(Opportunity deal, Map<String, String> tracked) {
      return OpportunityHistory.changes(deal.id, tracked, OpportunityHistory.tracked(deal), by, now)
          .stream()
          .map(OpportunitySyncQueries::historyRow)
          .toList();
    }

    @Override
    public void written(List<UUID> written) {
      List<Map<String, Object>> changes = new ArrayList<>();
      written.forEach(id -> changes.addAll(history.get(id)));
      queries.insertHistory(changes, now);
    }
  }

  /** Everything a deal stores that a record can change, to tell an unchanged record. */
  private static List<Object> state(Opportunity o) {
    return Arrays.asList(
        o.accountId,
        o.ownerId,
        o.name,
        o.type,
        o.source,
        o.stage,
        o.amount.stripTrailingZeros(),
        o.currency,
        o.probability,
        o.forecastCategory,
        o.closeDate,
        o.closedDate,
        o.nextStep,
        o.lostReason,
        new HashSet<>(o.externalIds));
  }
}
