package io.clientele.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.clientele.common.ExternalId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * One type's part of one batch upsert: reading and checking its records. BatchUpsert runs the steps
 * every type shares around these calls, and the type's INSERT and UPDATE (see SyncMapping). `I` is
 * the type's input, `E` its entity.
 */
public interface BatchPlanner<I, E> {
  /**
   * One record's own fields (its externalId taken out) as the type's input: parsed and validated
   * (`reader.fields`, as a POST body would be), then the type's field rules.
   */
  I read(ObjectNode fields, BatchReader reader) throws JsonProcessingException;

  /**
   * Reads at once what planning the records needs (who may see the records found, which owners and
   * accounts the caller may use ...): set-based, never one query per record.
   */
  void prepare(Collection<I> inputs, Collection<E> existing);

  /**
   * What to write for one record; `existing` holds its external id already, or is null. A record
   * that may not be written throws its ProblemException.
   */
  Plan plan(ExternalId own, I input, E existing);

  /** What the written records (by id) need besides: an opportunity's history. */
  default void written(List<UUID> written) {}
}
