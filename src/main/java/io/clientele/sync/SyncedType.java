package io.clientele.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A record type the batch upserts and the change feed handle. Its feature implements it, so that
 * the type's columns, rules and JSON are written once, in its own package; sync finds every
 * implementation through CDI (see SyncedTypes) and names none of their tables or columns.
 */
public interface SyncedType<I, E> {
  /** Its name, where it is stored and how the feed reads it. */
  SyncMapping<E> mapping();

  /** Reads and checks the records of one batch written at `now` (see BatchUpsert). */
  BatchPlanner<I, E> planner(List<JsonNode> records, Instant now);
}
