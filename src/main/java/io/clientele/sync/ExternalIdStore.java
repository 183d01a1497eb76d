package io.clientele.sync;

import io.clientele.common.ExternalId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The external ids of a synced type (see SyncTable), as batches use them: the keys a batch locks,
 * the records holding a source's ids, ids that belong to another record, and their replacement.
 */
@ApplicationScoped
public class ExternalIdStore {
  private final JsonRows rows;
  private final EntityManager em;

  public ExternalIdStore(JsonRows rows, EntityManager em) {
    this.rows = rows;
    this.em = em;
  }

  /** Serialises batches that touch the same external ids, in key order (no deadlocks). */
  void lock(SyncTable<?> table, String source, Collection<String> externalIds) {
    if (externalIds.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            """
            select count(pg_advisory_xact_lock(hashtextextended(:prefix || x, 0)))
            from (select x from unnest(cast(:ids as text[])) x order by x) ids
            """)
        .setParameter("prefix", table.table() + "/" + source + "/")
        .setParameter("ids", externalIds.toArray(String[]::new))
        .getSingleResult();
  }

  /**
   * The records that hold these external ids of `source`, by external id, detached. An array
   * parameter, not a list of a thousand: the plan stays an index lookup per id (a 1000-item IN list
   * got a generic plan that scanned the table).
   */
  @SuppressWarnings("unchecked")
  <E> Map<String, E> bySourceId(SyncTable<E> table, String source, Collection<String> ids) {
    Map<String, E> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    List<E> records =
        em.createNativeQuery(
                """
                select r.* from %1$s r
                where r.id in (select %3$s from %2$s
                               where source = :source and external_id = any(cast(:ids as text[])))
                """
                    .formatted(table.table(), table.externalIdTable(), table.recordColumn()),
                table.entity())
            .setParameter("source", source)
            .setParameter("ids", ids.toArray(String[]::new))
            .getResultList();
    for (E record : records) {
      // their external ids are loaded (in batches) here, before the records are let go
      table.externalIdsOf().apply(record).stream()
          .filter(e -> e.source().equals(source))
          .forEach(e -> found.put(e.externalId(), record));
    }
    // planning may change these records in memory; the batch writes them with its own statements
    records.forEach(em::detach);
    return found;
  }

  /**
   * The records (by id) that name, for a source other than the batch's, an external id that belongs
   * to another record of the table.
   */
  @SuppressWarnings("unchecked")
  Set<UUID> taken(SyncTable<?> table, String source, Map<UUID, List<ExternalId>> ids) {
    List<String> sources = new ArrayList<>();
    List<String> values = new ArrayList<>();
    List<UUID> records = new ArrayList<>();
    ids.forEach(
        (record, externalIds) -> {
          for (ExternalId e : externalIds) {
            if (!e.source().equals(source)) {
              sources.add(e.source());
              values.add(e.externalId());
              records.add(record);
            }
          }
        });
    if (sources.isEmpty()) {
      return Set.of();
    }
    List<UUID> taken =
        em.createNativeQuery(
                """
                select w.record_id
                from unnest(cast(:sources as text[]), cast(:values as text[]),
                            cast(:records as uuid[])) as w(source, external_id, record_id)
                join %1$s e on e.source = w.source and e.external_id = w.external_id
                where e.%2$s <> w.record_id
                """
                    .formatted(table.externalIdTable(), table.recordColumn()))
            .setParameter("sources", sources.toArray(String[]::new))
            .setParameter("values", values.toArray(String[]::new))
            .setParameter("records", records.toArray(UUID[]::new))
            .getResultList();
    return new HashSet<>(taken);
  }

  /** Replaces the external ids of the records written (`created` ones have none yet). */
  void replace(SyncTable<?> table, List<Plan> written) {
    if (written.isEmpty()) {
      return;
    }
    UUID[] replaced = written.stream().filter(p -> !p.create()).map(Plan::id).toArray(UUID[]::new);
    if (replaced.length > 0) {
      em.createNativeQuery(
              "delete from %1$s where %2$s = any(cast(:ids as uuid[]))"
                  .formatted(table.externalIdTable(), table.recordColumn()))
          .setParameter("ids", replaced)
          .executeUpdate();
    }
    List<Map<String, Object>> ids = new ArrayList<>();
    for (Plan p : written) {
      for (ExternalId e : p.externalIds()) {
        ids.add(Map.of("record_id", p.id(), "source", e.source(), "external_id", e.externalId()));
      }
    }
    if (!ids.isEmpty()) {
      em.createNativeQuery(
              """
              insert into %1$s (%2$s, source, external_id)
              select r.record_id, r.source, r.external_id
              from jsonb_to_recordset(cast(:rows as jsonb))
                   as r(record_id uuid, source text, external_id text)
              """
                  .formatted(table.externalIdTable(), table.recordColumn()))
          .setParameter("rows", rows.json(ids))
          .executeUpdate();
    }
  }
}
