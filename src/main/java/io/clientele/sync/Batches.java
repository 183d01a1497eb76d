package io.clientele.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.account.AccountQueries;
import io.clientele.common.ExternalId;
import io.clientele.staff.Visibility;
import io.clientele.web.JsonConfig;
import io.clientele.web.ProblemException;
import io.clientele.web.ProblemMapper;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The steps every batch upsert shares, whatever the record type: reading records one by one,
 * locking their keys, resolving account references, refusing external ids that belong to another
 * record, the per-record results and the external-id writes.
 */
final class Batches {
  private Batches() {}

  /** A batch upsert of one type (AccountSync::upsert and the like). */
  interface Upsert {
    BatchResult upsert(String source, List<JsonNode> records, boolean atomic);
  }

  /**
   * One record upserted by its external id, as a batch of one (the PUT by external id): its result,
   * or the problem it failed with thrown as the request's answer.
   */
  static RecordResult upsertOne(Upsert sync, String source, String externalId, JsonNode body) {
    ExternalId.checkSourceParameter("source", source);
    if (body == null || !body.isObject()) {
      throw ProblemException.invalidField("body", "a JSON object is required");
    }
    ObjectNode record = ((ObjectNode) body).deepCopy();
    record.put("externalId", externalId);
    RecordResult result = sync.upsert(source, List.of(record), false).results().get(0);
    if (result.failed()) {
      throw ProblemException.of(result.problem());
    }
    return result;
  }

  /** Reads one record's own fields (its externalId taken out): parse, validate, field rules. */
  interface Reader<I> {
    I read(int index, ObjectNode fields) throws JsonProcessingException;
  }

  /** The records that read well, by index, with their external ids. */
  record Read<I>(Map<Integer, I> inputs, Map<Integer, String> externalIds) {}

  /** What a batch plans to write for one record that checked well. */
  interface Plan {
    int index();

    String externalId();

    UUID id();

    /** The version the record was read at; null for a create. */
    Long version();

    boolean create();

    /** Every external id the record ends up with. */
    List<ExternalId> externalIds();
  }

  /**
   * Reads every record on its own: one that fails (not an object, no externalId, one repeated in
   * the batch, unreadable or invalid fields) gets its error result, the others are returned.
   */
  static <I> Read<I> read(List<JsonNode> records, Reader<I> reader, RecordResult[] results) {
    Map<Integer, I> inputs = new LinkedHashMap<>();
    Map<Integer, String> externalIds = new HashMap<>();
    Map<String, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      JsonNode record = records.get(i);
      JsonNode id = record.get("externalId");
      String externalId = id != null && id.isTextual() ? id.asText() : null;
      try {
        if (!record.isObject()) {
          throw ProblemException.invalidField("body", "a record is a JSON object");
        }
        if (externalId == null || externalId.isBlank()) {
          throw ProblemException.invalidField(
              "externalId", "is required: the record's id in the source");
        }
        if (externalId.length() > 200) {
          throw ProblemException.invalidField("externalId", "at most 200 characters");
        }
        if (JsonConfig.hasNul(externalId)) {
          throw ProblemException.invalidField("externalId", JsonConfig.NUL_RULE);
        }
        Integer earlier = indexOf.putIfAbsent(externalId, i);
        if (earlier != null) {
          throw ProblemException.invalidField(
              "externalId", "repeats record " + earlier + " of this batch");
        }
        ObjectNode fields = ((ObjectNode) record).deepCopy();
        fields.remove("externalId");
        inputs.put(i, reader.read(i, fields));
        externalIds.put(i, externalId);
      } catch (RuntimeException | JsonProcessingException e) {
        results[i] = RecordResult.error(i, externalId, ProblemMapper.describe(e));
      }
    }
    return new Read<>(inputs, externalIds);
  }

  /** Reads fields into the resource's input type and validates them as a POST body would be. */
  static <I> I readFields(
      ObjectMapper mapper, Validator validator, ObjectNode fields, Class<I> type)
      throws JsonProcessingException {
    I input = mapper.treeToValue(fields, type);
    var violations = validator.validate(input);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    return input;
  }

  /** Serialises batches that touch the same external ids, in key order (no deadlocks). */
  static void lock(EntityManager em, String type, String source, Collection<String> externalIds) {
    if (externalIds.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            """
            select count(pg_advisory_xact_lock(hashtextextended(:prefix || x, 0)))
            from (select x from unnest(cast(:ids as text[])) x order by x) ids
            """)
        .setParameter("prefix", type + "/" + source + "/")
        .setParameter("ids", externalIds.toArray(String[]::new))
        .getSingleResult();
  }

  /**
   * The records (by id) that name, for a source other than the batch's, an external id that belongs
   * to another record of the same `type` (account, contact, opportunity: its ids are in
   * `type`_external_id).
   */
  @SuppressWarnings("unchecked")
  private static Set<UUID> takenExternalIds(
      EntityManager em, String type, String source, Map<UUID, List<ExternalId>> ids) {
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
                from unnest(cast(:sources as text[]), cast(:values as text[]), cast(:records as uuid[]))
                     as w(source, external_id, record_id)
                join %1$s_external_id e on e.source = w.source and e.external_id = w.external_id
                where e.%1$s_id <> w.record_id
                """
                    .formatted(type))
            .setParameter("sources", sources.toArray(String[]::new))
            .setParameter("values", values.toArray(String[]::new))
            .setParameter("records", records.toArray(UUID[]::new))
            .getResultList();
    return new HashSet<>(taken);
  }

  /**
   * Gives a 409 result to every plan naming an external id (of a source other than the batch's)
   * that belongs to another record of its `type`; answers the other plans.
   */
  static <P extends Plan> List<P> withoutTakenExternalIds(
      EntityManager em, String type, String source, List<P> planned, RecordResult[] results) {
    Map<UUID, List<ExternalId>> named = new HashMap<>();
    planned.forEach(p -> named.put(p.id(), p.externalIds()));
    Set<UUID> clashing = takenExternalIds(em, type, source, named);
    List<P> free = new ArrayList<>();
    for (P p : planned) {
      if (clashing.contains(p.id())) {
        results[p.index()] =
            error(
                p.index(),
                p.externalId(),
                ProblemException.conflict(
                    "An external id this record names belongs to another " + type));
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
  static <P extends Plan> List<P> written(
      List<P> planned, Set<UUID> updated, RecordResult[] results, boolean atomic, String type) {
    List<P> written = new ArrayList<>();
    for (P p : planned) {
      if (p.create() || updated.contains(p.id())) {
        written.add(p);
        results[p.index()] =
            new RecordResult(
                p.index(),
                p.externalId(),
                p.create() ? "created" : "updated",
                p.id(),
                p.create() ? 0L : p.version() + 1,
                null);
      } else {
        ProblemException stale =
            ProblemException.conflict(
                "Someone else changed this " + type + " at the same time; send the record again");
        if (atomic) {
          throw stale;
        }
        results[p.index()] = error(p.index(), p.externalId(), stale);
      }
    }
    return written;
  }

  /**
   * The external ids a record ends up with: those it names (or, when it names none, those it has),
   * always with the batch's own; naming another id for the batch's source is a 422.
   */
  static List<ExternalId> mergedExternalIds(
      ExternalId own, List<ExternalId> named, List<ExternalId> current) {
    List<ExternalId> ids = new ArrayList<>(named == null ? current : named);
    for (ExternalId other : ids) {
      if (other.source().equals(own.source()) && !other.equals(own)) {
        throw ProblemException.invalidField(
            "externalIds", "names another id for source '" + own.source() + "' than the record's");
      }
    }
    if (!ids.contains(own)) {
      ids.add(own);
    }
    return ids;
  }

  /** Replaces the external ids of the written records of `type` (see takenExternalIds). */
  static void replaceExternalIds(
      EntityManager em, ObjectMapper mapper, String type, List<? extends Plan> written) {
    if (written.isEmpty()) {
      return;
    }
    UUID[] replaced = written.stream().filter(p -> !p.create()).map(Plan::id).toArray(UUID[]::new);
    if (replaced.length > 0) { // a record just created has none yet
      em.createNativeQuery(
              "delete from %1$s_external_id where %1$s_id = any(cast(:ids as uuid[]))"
                  .formatted(type))
          .setParameter("ids", replaced)
          .executeUpdate();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Plan p : written) {
      for (ExternalId e : p.externalIds()) {
        rows.add(Map.of("record_id", p.id(), "source", e.source(), "external_id", e.externalId()));
      }
    }
    if (!rows.isEmpty()) {
      em.createNativeQuery(
              """
              insert into %1$s_external_id (%1$s_id, source, external_id)
              select r.record_id, r.source, r.external_id
              from jsonb_to_recordset(cast(:rows as jsonb)) as r(record_id uuid, source text, external_id text)
              """
                  .formatted(type))
          .setParameter("rows", json(mapper, rows))
          .executeUpdate();
    }
  }

  /**
   * The records of `type` (an entity on `table`) that hold these external ids of `source`, by
   * external id. An array parameter, not a list of a thousand: the plan stays an index lookup per
   * id (a 1000-item IN list got a generic plan that scanned the table).
   */
  @SuppressWarnings("unchecked")
  static <E> Map<String, E> bySourceId(
      EntityManager em,
      Class<E> type,
      String table,
      String source,
      Collection<String> externalIds,
      Function<E, List<ExternalId>> idsOf) {
    Map<String, E> found = new HashMap<>();
    if (externalIds.isEmpty()) {
      return found;
    }
    List<E> rows =
        em.createNativeQuery(
                """
                select r.* from %1$s r
                where r.id in (select %1$s_id from %1$s_external_id
                               where source = :source and external_id = any(cast(:ids as text[])))
                """
                    .formatted(table),
                type)
            .setParameter("source", source)
            .setParameter("ids", externalIds.toArray(String[]::new))
            .getResultList();
    for (E record : rows) {
      idsOf.apply(record).stream()
          .filter(e -> e.source().equals(source))
          .forEach(e -> found.put(e.externalId(), record));
    }
    return found;
  }

  /**
   * The accounts the batch's records name by external id (`"account": {"source": ..., "externalId":
   * ...}`), resolved in one statement; only live accounts the caller may see are found (an
   * invisible account's external id answers as an unknown one).
   */
  @SuppressWarnings("unchecked")
  static Map<ExternalId, UUID> accountRefs(
      EntityManager em, AccountQueries accounts, Visibility visibility, List<JsonNode> records) {
    List<String> sources = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (JsonNode record : records) {
      JsonNode ref = record.get("account");
      if (ref != null && ref.isObject() && nulIn(ref) == null) {
        sources.add(ref.path("source").asText(""));
        values.add(ref.path("externalId").asText(""));
      }
    }
    Map<ExternalId, UUID> found = new HashMap<>();
    if (sources.isEmpty()) {
      return found;
    }
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select e.source, e.external_id, e.account_id
                from unnest(cast(:sources as text[]), cast(:values as text[])) as w(source, external_id)
                join account_external_id e on e.source = w.source and e.external_id = w.external_id
                """)
            .setParameter("sources", sources.toArray(String[]::new))
            .setParameter("values", values.toArray(String[]::new))
            .getResultList();
    Set<UUID> usable =
        accounts.visibleLiveIds(rows.stream().map(r -> (UUID) r[2]).toList(), visibility);
    rows.stream()
        .filter(r -> usable.contains((UUID) r[2]))
        .forEach(r -> found.put(new ExternalId((String) r[0], (String) r[1]), (UUID) r[2]));
    return found;
  }

  /** The field of an `account` reference holding a NUL (never looked up), or null. */
  private static String nulIn(JsonNode ref) {
    for (String field : List.of("source", "externalId")) {
      if (JsonConfig.hasNul(ref.path(field).asText(""))) {
        return field;
      }
    }
    return null;
  }

  /**
   * Replaces a record's `account` reference by the `accountId` it resolved to (see accountRefs); an
   * unknown reference, or both forms at once, is a 422 on `account`.
   */
  static void resolveAccountRef(ObjectNode fields, Map<ExternalId, UUID> accountRefs) {
    JsonNode ref = fields.remove("account");
    if (ref == null || ref.isNull()) {
      return;
    }
    if (fields.hasNonNull("accountId")) {
      throw ProblemException.invalidField(
          "account", "name the account by accountId or account, not both");
    }
    String nul = ref.isObject() ? nulIn(ref) : null;
    if (nul != null) {
      throw ProblemException.invalidField("account." + nul, JsonConfig.NUL_RULE);
    }
    ExternalId external =
        ref.isObject()
            ? new ExternalId(ref.path("source").asText(""), ref.path("externalId").asText(""))
            : null;
    UUID id = external == null ? null : accountRefs.get(external);
    if (id == null) {
      throw ProblemException.invalidField(
          "account", "no account has this external id (an object {source, externalId})");
    }
    fields.put("accountId", id.toString());
  }

  /**
   * Runs `insert`, fed `rows` as one JSON document (its `:rows`, read with jsonb_to_recordset) and
   * the batch's time as `:now`; nothing when there are no rows.
   */
  static void insertRows(
      EntityManager em,
      ObjectMapper mapper,
      String insert,
      List<Map<String, Object>> rows,
      Instant now) {
    if (!rows.isEmpty()) {
      em.createNativeQuery(insert)
          .setParameter("rows", json(mapper, rows))
          .setParameter("now", now)
          .executeUpdate();
    }
  }

  /**
   * Runs `update` (an UPDATE ... RETURNING the record's id) fed like insertRows; answers the ids it
   * updated.
   */
  @SuppressWarnings("unchecked")
  static Set<UUID> updateRows(
      EntityManager em,
      ObjectMapper mapper,
      String update,
      List<Map<String, Object>> rows,
      Instant now) {
    if (rows.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createNativeQuery(update)
            .setParameter("rows", json(mapper, rows))
            .setParameter("now", now)
            .getResultList());
  }

  /** A batch's rows as one JSON document, for jsonb_to_recordset. */
  static String json(ObjectMapper mapper, Object rows) {
    try {
      return mapper.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The record's error result for a failure found while planning it. */
  static RecordResult error(int index, String externalId, RuntimeException e) {
    return RecordResult.error(index, externalId, ProblemMapper.describe(e));
  }
}
