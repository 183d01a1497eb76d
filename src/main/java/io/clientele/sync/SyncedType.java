package io.clientele.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A record type the batch upserts and the change feed handle. Its feature implements it, so that
 * the type's columns, rules and JSON are written once, in its own package; sync finds every
 * implementation through CDI (see SyncedTypes) and names none of their tables or columns.
 */
public interface SyncedType<I, E> {
  /** Its name, where it is stored and how the feed reads it. */
  SyncMapping<E> mapping();

  /** Reads, checks and writes the records of one batch (see BatchUpsert). */
  BatchPlanner<I, E> planner(List<JsonNode> records);
}
