package io.clientele.sync;

import com.fasterxml.jackson.databind.JsonNode;
import io.clientele.common.ExternalId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * A record type the batch upserts and the change feed handle. Its feature implements it, so that
 * the type's columns, rules and JSON are written once, in its own package; sync finds every
 * implementation through CDI (see SyncedTypes) and names none of their tables or columns.
 */
public interface SyncedType {
  /** Its name in the feed, in the feed's `types` filter and in the sync paths. */
  ChangeType type();

  SyncTable<?> table();

  /**
   * Upserts one source's records by external id (see BatchUpsert); with `atomic`, all or nothing:
   * the first failure is thrown (naming every failed record) and nothing is written.
   */
  BatchResult upsert(String source, List<JsonNode> records, boolean atomic);

  /** The columns of `r`, a row of its table, that feedRecord reads, in that order, id first. */
  String feedColumns();

  /** A row of feedColumns as the record GET shows (external ids read alongside). */
  Object feedRecord(ResultSet row, List<ExternalId> externalIds) throws SQLException;

  /**
   * Left joins from the feed's changes to the record's owner and account, for the visibility rule:
   * the first joins this type's table as `alias` on `on`, a condition with %s for its id column.
   */
  FeedOwner feedOwner(String alias, String on);

  /** The joins, and the SQL expressions of the owner and account they give. */
  record FeedOwner(String joins, String owner, String account) {}
}
