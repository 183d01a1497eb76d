package io.clientele.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.web.ProblemException;
import io.clientele.web.ProblemMapper;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The steps every batch upsert shares: reading records one by one, locking their keys. */
final class Batches {
  private Batches() {}

  /** Reads one record's own fields (its externalId taken out): parse, validate, field rules. */
  interface Reader<I> {
    I read(int index, ObjectNode fields) throws JsonProcessingException;
  }

  /** The records that read well, by index, with their external ids. */
  record Read<I>(Map<Integer, I> inputs, Map<Integer, String> externalIds) {}

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
