package io.clientele.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Runs a set-based statement of a batch: its rows go in as one JSON document (its `:rows`, read
 * with jsonb_to_recordset) with the batch's time as `:now`, so a thousand records are one
 * statement.
 */
@ApplicationScoped
public class JsonRows {
  private final ObjectMapper mapper;
  private final EntityManager em;

  public JsonRows(ObjectMapper mapper, EntityManager em) {
    this.mapper = mapper;
    this.em = em;
  }

  /** Runs `insert`; nothing when there are no rows. */
  public void insert(String insert, List<Map<String, Object>> rows, Instant now) {
    if (!rows.isEmpty()) {
      em.createNativeQuery(insert)
          .setParameter("rows", json(rows))
          .setParameter("now", now)
          .executeUpdate();
    }
  }

  /** Runs `update` (an UPDATE ... RETURNING the record's id); answers the ids it updated. */
  @SuppressWarnings("unchecked")
  public Set<UUID> update(String update, List<Map<String, Object>> rows, Instant now) {
    if (rows.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createNativeQuery(update)
            .setParameter("rows", json(rows))
            .setParameter("now", now)
            .getResultList());
  }

  /** Writes what the session holds and lets it go: later reads go to the database. */
  void flushAndClear() {
    em.flush();
    em.clear();
  }

  /** A batch's rows as one JSON document, for jsonb_to_recordset. */
  String json(Object rows) {
    try {
      return mapper.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
