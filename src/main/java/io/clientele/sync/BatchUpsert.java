package io.clientele.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientele.common.ExternalId;
import io.clientele.common.Timestamps;
import io.clientele.web.ProblemException;
import io.clientele.web.ProblemMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The steps every batch upsert shares, whatever the record type: reading the records one by one,
 * locking their keys, finding the records that hold them, refusing external ids that belong to
 * another record, the per-record results and the external-id writes. The type's BatchPlanner reads,
 * checks and writes its own records. Unchanged records are not written (no new version, nothing in
 * the change feed); the feed's triggers record the rest.
 */
@ApplicationScoped
public class BatchUpsert {
  private final SyncedTypes types;
  private final BatchReader reader;
  private final ExternalIdStore externalIds;
  private final JsonRows rows;

  public BatchUpsert(
      SyncedTypes types, BatchReader reader, ExternalIdStore externalIds, JsonRows rows) {
    this.types = types;
    this.reader = reader;
    this.externalIds = externalIds;
    this.rows = rows;
  }

  /** A record's plan with its place in the batch. */
  record Planned(int index, String externalId, Plan plan) {}

  /**
   * Upserts one source's records of `type`; with `atomic`, all or nothing: the first failure is
   * thrown (naming every failed record) and nothing is written.
   */
  @Transactional
  public BatchResult upsert(
      ChangeType type, String source, List<JsonNode> records, boolean atomic) {
    return upsert(types.get(type), source, records, atomic);
  }

  private <I, E> BatchResult upsert(
      SyncedType<I, E> type, String source, List<JsonNode> records, boolean atomic) {
    SyncMapping<E> mapping = type.mapping();
    SyncTable<E> table = mapping.table();
    Instant now = Timestamps.now();
    BatchPlanner<I, E> planner = type.planner(records, now);
    RecordResult[] results = new RecordResult[records.size()];
    BatchReader.Read<I> batch = reader.read(records, planner, results);
    Map<Integer, String> keys = batch.externalIds();
    externalIds.lock(table, source, keys.values());
    Map<String, E> existing = externalIds.bySourceId(table, source, keys.values());
    planner.prepare(batch.inputs().values(), existing.values());
    List<Planned> planned = new ArrayList<>();
    batch
        .inputs()
        .forEach(
            (i, input) -> {
              String key = keys.get(i);
              try {
                Plan plan = planner.plan(new ExternalId(source, key), input, existing.get(key));
                if (plan.unchanged()) {
                  results[i] =
                      new RecordResult(i, key, "unchanged", plan.id(), plan.version(), null);
                } else {
                  planned.add(new Planned(i, key, plan));
                }
              } catch (ProblemException e) {
                results[i] = error(i, key, e);
              }
            });
    List<Planned> writable = withoutTakenExternalIds(table, source, planned, results);
    if (atomic) {
      BatchFailure.throwIfAny(results);
    }
    rows.insert(mapping.insert(), rowsOf(writable, true), now);
    Set<UUID> updated = rows.update(mapping.update(), rowsOf(writable, false), now);
    List<Plan> written =
        written(writable, updated, results, atomic, table.noun()).stream()
            .map(Planned::plan)
            .toList();
    externalIds.replace(table, written);
    planner.written(written.stream().map(Plan::id).toList());
    rows.flushAndClear(); // the records read above are stale now
    return new BatchResult(List.of(results));
  }

  private static List<Map<String, Object>> rowsOf(List<Planned> planned, boolean creates) {
    return planned.stream()
        .map(Planned::plan)
        .filter(p -> p.create() == creates)
        .map(Plan::row)
        .toList();
  }

  /**
   * Gives a 409 result to every plan naming an external id (of a source other than the batch's)
   * that belongs to another record of its table; answers the other plans.
   */
  private List<Planned> withoutTakenExternalIds(
      SyncTable<?> table, String source, List<Planned> planned, RecordResult[] results) {
    Map<UUID, List<ExternalId>> named = new HashMap<>();
    planned.forEach(p -> named.put(p.plan().id(), p.plan().externalIds()));
    Set<UUID> clashing = externalIds.taken(table, source, named);
    List<Planned> free = new ArrayList<>();
    for (Planned p : planned) {
      if (clashing.contains(p.plan().id())) {
        results[p.index()] =
            error(
                p.index(),
                p.externalId(),
                ProblemException.conflict(
                    "An external id this record names belongs to another " + table.noun()));
      } else {
        free.add(p);
      }
    }
    return free;
  }

  /**
   * The results of a batch's writes: created, or updated when its UPDATE matched the version read
   * (`updated`); a record someone else changed meanwhile is a 409 (thrown when `atomic`: nothing is
   * written). Answers the plans written.
   */
  static List<Planned> written(
      List<Planned> planned,
      Set<UUID> updated,
      RecordResult[] results,
      boolean atomic,
      String noun) {
    List<Planned> written = new ArrayList<>();
    for (Planned p : planned) {
      Plan plan = p.plan();
      if (plan.create() || updated.contains(plan.id())) {
        written.add(p);
        results[p.index()] =
            new RecordResult(
                p.index(),
                p.externalId(),
                plan.create() ? "created" : "updated",
                plan.id(),
                plan.create() ? 0L : plan.version() + 1,
                null);
      } else {
        ProblemException stale =
            ProblemException.conflict(
                "Someone else changed this " + noun + " at the same time; send the record again");
        if (atomic) {
          throw stale;
        }
        results[p.index()] = error(p.index(), p.externalId(), stale);
      }
    }
    return written;
  }

  private static RecordResult error(int index, String externalId, RuntimeException e) {
    return RecordResult.error(index, externalId, ProblemMapper.describe(e));
  }
}
