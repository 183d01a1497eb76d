package io.clientele.sync;

import io.clientele.common.ExternalId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * How sync stores and shows one record type, as its feature declares it.
 *
 * @param type its name in the feed, in the feed's `types` filter and in the sync paths
 * @param table where it is stored
 * @param feedColumns the columns of `r`, a row of its table, that `reader` reads, id first
 * @param reader a row of feedColumns as GET shows the record (external ids read alongside)
 * @param owners who may see a record's changes (see FeedOwners)
 * @param insert the set-based INSERT of a batch's new records: their rows (Plan.row) are `:rows`,
 *     one JSON document read with jsonb_to_recordset, and the batch's time is `:now`
 * @param update the set-based UPDATE of a batch's changed records, fed like `insert`: it writes
 *     only the rows still at the version read, and returns their ids
 */
public record SyncMapping<E>(
    ChangeType type,
    SyncTable<E> table,
    String feedColumns,
    FeedReader reader,
    FeedOwners owners,
    String insert,
    String update) {

  public interface FeedReader {
    Object read(ResultSet row, List<ExternalId> externalIds) throws SQLException;
  }

  /**
   * Left joins from the feed's changes to a record's owner and account, for the visibility rule:
   * the first joins the type's table as `alias` on `on`, a condition with %s for its id column.
   */
  public interface FeedOwners {
    FeedOwner join(String alias, String on);
  }

  /** The joins, and the SQL expressions of the owner and account they give. */
  public record FeedOwner(String joins, String owner, String account) {}
}
