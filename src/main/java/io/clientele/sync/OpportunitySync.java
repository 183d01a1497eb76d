package io.clientele.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.account.AccountQueries;
import io.clientele.common.ExternalId;
import io.clientele.common.Ids;
import io.clientele.common.Timestamps;
import io.clientele.pipeline.Opportunity;
import io.clientele.pipeline.OpportunityHistory;
import io.clientele.pipeline.OpportunityInput;
import io.clientele.pipeline.OpportunityQueries;
import io.clientele.pipeline.OpportunityRules;
import io.clientele.pipeline.Stage;
import io.clientele.staff.Caller;
import io.clientele.web.FieldErrors;
import io.clientele.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Upserts opportunities by external id, a batch at a time. Each record is checked on its own with
 * the pipeline's rules (OpportunityRules, against stages read once) and set-based checks of owners,
 * accounts and visibility; then the creates are one INSERT, the updates one UPDATE (a version check
 * per row), the history of the tracked fields one INSERT, each fed the batch as one JSON document.
 * The velocity columns (stage path, stays, seconds) move with the stage exactly as in a PATCH. An
 * account may be named by id or by its external id: `"account": {"source": ..., "externalId":
 * ...}`.
 */
@ApplicationScoped
public class OpportunitySync {
  private final OpportunityQueries deals;
  private final AccountQueries accounts;
  private final Caller caller;
  private final ObjectMapper mapper;
  private final Validator validator;
  private final EntityManager em;

  public OpportunitySync(
      OpportunityQueries deals,
      AccountQueries accounts,
      Caller caller,
      ObjectMapper mapper,
      Validator validator,
      EntityManager em) {
    this.deals = deals;
    this.accounts = accounts;
    this.caller = caller;
    this.mapper = mapper;
    this.validator = validator;
    this.em = em;
  }

  /** A record that checked well: the deal as it will be, and its history rows. */
  private record Planned(
      int index,
      String externalId,
      Opportunity deal,
      Long version,
      boolean create,
      List<Map<String, Object>> history)
      implements Batches.Plan {
    @Override
    public UUID id() {
      return deal.id;
    }

    @Override
    public List<ExternalId> externalIds() {
      return deal.externalIds;
    }
  }

  /** Upserts the records; with `atomic`, all or nothing (see AccountSync). */
  @Transactional
  public BatchResult upsert(String source, List<JsonNode> records, boolean atomic) {
    RecordResult[] results = new RecordResult[records.size()];
    Map<ExternalId, UUID> accountRefs =
        Batches.accountRefs(em, accounts, caller.visibility(), records);
    Batches.Read<OpportunityInput> batch =
        Batches.read(records, (i, fields) -> read(fields, accountRefs), results);
    Map<Integer, String> externalIds = batch.externalIds();
    Batches.lock(em, "opportunities", source, externalIds.values());
    Map<String, Opportunity> existing = existing(source, externalIds.values());
    Set<UUID> visible =
        deals.visibleIds(existing.values().stream().map(o -> o.id).toList(), caller.visibility());
    Set<UUID> usableAccounts =
        accounts.visibleLiveIds(
            batch.inputs().values().stream().map(OpportunityInput::accountId).distinct().toList(),
            caller.visibility());
    Map<String, Stage> stageMap = new HashMap<>();
    Stage.<Stage>listAll().forEach(s -> stageMap.put(s.key, s));
    Function<String, Optional<Stage>> stages = key -> Optional.ofNullable(stageMap.get(key));
    Set<UUID> assignable = caller.assignable(owners(batch.inputs().values()));
    Instant now = Timestamps.now();
    UUID by = caller.staffId();

    List<Planned> planned = new ArrayList<>();
    for (Map.Entry<Integer, OpportunityInput> entry : batch.inputs().entrySet()) {
      int i = entry.getKey();
      String externalId = externalIds.get(i);
      Opportunity deal = existing.get(externalId);
      try {
        Planned plan =
            plan(
                i,
                new ExternalId(source, externalId),
                entry.getValue(),
                deal,
                visible,
                usableAccounts,
                assignable,
                stages,
                by,
                now);
        if (plan == null) {
          results[i] = new RecordResult(i, externalId, "unchanged", deal.id, deal.version, null);
        } else {
          planned.add(plan);
        }
      } catch (ProblemException e) {
        results[i] = Batches.error(i, externalId, e);
      }
    }
    List<Planned> writable =
        Batches.withoutTakenExternalIds(em, "opportunity", source, planned, results);
    if (atomic) {
      BatchFailure.throwIfAny(results);
    }
    write(writable, results, atomic, now);
    em.flush();
    em.clear();
    return new BatchResult(List.of(results));
  }

  /** Everyone a record may make an owner: those named, and the caller (the default). */
  private Set<UUID> owners(java.util.Collection<OpportunityInput> inputs) {
    Set<UUID> owners = new HashSet<>();
    inputs.stream().map(OpportunityInput::ownerId).filter(Objects::nonNull).forEach(owners::add);
    owners.add(caller.staffId());
    return owners;
  }

  private OpportunityInput read(ObjectNode fields, Map<ExternalId, UUID> accountRefs)
      throws JsonProcessingException {
    Batches.resolveAccountRef(fields, accountRefs);
    return Batches.readFields(mapper, validator, fields, OpportunityInput.class);
  }

  /** What to write for one record; null when it would change nothing. */
  private Planned plan(
      int index,
      ExternalId own,
      OpportunityInput named,
      Opportunity existing,
      Set<UUID> visible,
      Set<UUID> usableAccounts,
      Set<UUID> assignable,
      Function<String, Optional<Stage>> stages,
      UUID by,
      Instant now) {
    if (existing != null && !visible.contains(existing.id)) {
      throw ProblemException.notFound("Opportunity");
    }
    if (existing != null && existing.deletedAt != null) {
      throw ProblemException.conflict(
          "The opportunity with this external id (" + existing.id + ") has been deleted");
    }
    OpportunityInput input =
        named.withExternalIds(
            Batches.mergedExternalIds(
                own, named.externalIds(), existing == null ? List.of() : existing.externalIds));
    OpportunityInput before = existing == null ? null : OpportunityInput.from(existing);
    FieldErrors errors = new FieldErrors();
    Stage stage = errors.check(() -> OpportunityRules.stage(before, input, stages));
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
      errors.check(() -> OpportunityRules.apply(deal, before, input, owner, stage, stages, now));
    }
    errors.throwIfAny();
    if (existing != null && state(deal).equals(stateBefore)) {
      return null;
    }
    List<Map<String, Object>> history = new ArrayList<>();
    OpportunityHistory.tracked(deal)
        .forEach(
            (field, value) -> {
              String previous = tracked == null ? null : tracked.get(field);
              if (!Objects.equals(previous, value)) {
                Map<String, Object> row = new HashMap<>();
                row.put("id", Ids.newId());
                row.put("opportunity_id", deal.id);
                row.put("changed_by", by);
                row.put("field", field);
                row.put("from_value", previous);
                row.put("to_value", value);
                history.add(row);
              }
            });
    return new Planned(
        index,
        own.externalId(),
        deal,
        existing == null ? null : existing.version,
        existing == null,
        history);
  }

  /** Everything a deal stores that a record can change, to tell an unchanged record. */
  private static List<Object> state(Opportunity o) {
    return java.util.Arrays.asList(
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

  private Map<String, Opportunity> existing(
      String source, java.util.Collection<String> externalIds) {
    // their external ids are loaded (in batches) here, before the deals are let go
    Map<String, Opportunity> found =
        Batches.bySourceId(
            em, Opportunity.class, "opportunity", source, externalIds, o -> o.externalIds);
    // planning changes these deals in memory; the batch writes them with its own statements
    found.values().forEach(em::detach);
    return found;
  }

  private void write(List<Planned> planned, RecordResult[] results, boolean atomic, Instant now) {
    List<Map<String, Object>> creates = new ArrayList<>();
    List<Map<String, Object>> updates = new ArrayList<>();
    for (Planned p : planned) {
      (p.create() ? creates : updates).add(row(p));
    }
    String columns =
        """
        id uuid, version bigint, account_id uuid, owner_id uuid, name text, type text, source text,
        stage text, amount numeric, currency text, probability int, forecast_category text,
        close_date date, closed_date date, next_step text, lost_reason text,
        stage_entered_at timestamptz, stage_path text[], stage_stays int[], stage_seconds numeric[]
        """;
    Batches.insertRows(
        em,
        mapper,
        """
              insert into opportunity (id, account_id, owner_id, name, type, source, stage, amount, currency,
                                       probability, forecast_category, close_date, closed_date, next_step,
                                       lost_reason, stage_entered_at, stage_path, stage_stays, stage_seconds,
                                       version, created_at, updated_at)
              select r.id, r.account_id, r.owner_id, r.name, r.type, r.source, r.stage, r.amount, r.currency,
                     r.probability, r.forecast_category, r.close_date, r.closed_date, r.next_step,
                     r.lost_reason, r.stage_entered_at, r.stage_path, r.stage_stays, r.stage_seconds,
                     0, :now, :now
              from jsonb_to_recordset(cast(:rows as jsonb)) as r(%s)
              """
            .formatted(columns),
        creates,
        now);
    Set<UUID> updated =
        Batches.updateRows(
            em,
            mapper,
            """
                  update opportunity o
                  set account_id = r.account_id, owner_id = r.owner_id, name = r.name, type = r.type,
                      source = r.source, stage = r.stage, amount = r.amount, currency = r.currency,
                      probability = r.probability, forecast_category = r.forecast_category,
                      close_date = r.close_date, closed_date = r.closed_date, next_step = r.next_step,
                      lost_reason = r.lost_reason, stage_entered_at = r.stage_entered_at,
                      stage_path = r.stage_path, stage_stays = r.stage_stays, stage_seconds = r.stage_seconds,
                      version = o.version + 1, updated_at = :now
                  from jsonb_to_recordset(cast(:rows as jsonb)) as r(%s)
                  where o.id = r.id and o.version = r.version and o.deleted_at is null
                  returning o.id
                  """
                .formatted(columns),
            updates,
            now);
    List<Planned> written = Batches.written(planned, updated, results, atomic, "opportunity");
    Batches.replaceExternalIds(em, mapper, "opportunity", written);
    List<Map<String, Object>> history = new ArrayList<>();
    written.forEach(p -> history.addAll(p.history()));
    Batches.insertRows(
        em,
        mapper,
        """
              insert into opportunity_history (id, opportunity_id, changed_at, changed_by, field, from_value, to_value)
              select r.id, r.opportunity_id, :now, r.changed_by, r.field, r.from_value, r.to_value
              from jsonb_to_recordset(cast(:rows as jsonb))
                   as r(id uuid, opportunity_id uuid, changed_by uuid, field text, from_value text, to_value text)
              """,
        history,
        now);
  }

  private static Map<String, Object> row(Planned p) {
    Opportunity o = p.deal();
    Map<String, Object> row = new HashMap<>();
    row.put("id", o.id);
    row.put("version", p.version());
    row.put("account_id", o.accountId);
    row.put("owner_id", o.ownerId);
    row.put("name", o.name);
    row.put("type", o.type.name());
    row.put("source", o.source == null ? null : o.source.name());
    row.put("stage", o.stage);
    row.put("amount", o.amount);
    row.put("currency", o.currency);
    row.put("probability", o.probability);
    row.put("forecast_category", o.forecastCategory.name());
    row.put("close_date", o.closeDate);
    row.put("closed_date", o.closedDate);
    row.put("next_step", o.nextStep);
    row.put("lost_reason", o.lostReason);
    row.put("stage_entered_at", o.stageEnteredAt);
    row.put("stage_path", o.stagePath);
    row.put("stage_stays", o.stageStays);
    row.put("stage_seconds", o.stageSeconds);
    return row;
  }
}
