package io.clientele.sync;

import io.clientele.common.ExternalId;
import java.util.List;
import java.util.function.Function;

/**
 * Where a synced record type is stored, as its feature declares it: its table (with the columns the
 * change feed's triggers need: id, version, updated_at, deleted_at; see V14), the table of its
 * external ids (source, external_id and `recordColumn` naming the record) and its entity. Sync
 * writes these names into its shared statements and knows no others.
 */
public record SyncTable<E>(
    String table,
    String externalIdTable,
    String recordColumn,
    Class<E> entity,
    Function<E, List<ExternalId>> externalIdsOf) {

  /** What one record is called in messages ("account"). */
  String noun() {
    return table;
  }
}
