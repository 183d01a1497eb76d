package io.clientele.activity;

import io.clientele.common.ExternalId;
import io.clientele.sync.ChangeType;
import io.clientele.sync.FeedRecords;
import io.clientele.sync.SyncMapping;
import io.clientele.sync.SyncMapping.FeedOwner;
import io.clientele.sync.SyncTable;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The activity's columns as the batch upserts and the change feed write and read them: the
 * set-based INSERT and UPDATE (each fed a batch as one JSON document, see JsonRows), a row made
 * from an activity, and a feed row read back into one. A new column goes into all of them, here.
 * The account's lastContactAt follows these writes by itself (V20's trigger).
 */
final class ActivitySyncQueries {
  private ActivitySyncQueries() {}

  static final SyncTable<Activity> TABLE =
      new SyncTable<>(
          "activity", "activity_external_id", "activity_id", Activity.class, a -> a.externalIds);

  private static final String ROW =
      """
      r(id uuid, version bigint, account_id uuid, type text, at timestamptz, staff_ids uuid[],
        contact_ids uuid[], subject text, summary text, outcome text)""";

  private static final String INSERT =
      """
      insert into activity (id, account_id, type, at, staff_ids, contact_ids, subject, summary,
                            outcome, version, created_at, updated_at)
      select r.id, r.account_id, r.type, r.at, r.staff_ids, r.contact_ids, r.subject, r.summary,
             r.outcome, 0, :now, :now
      from jsonb_to_recordset(cast(:rows as jsonb)) as %s
      """
          .formatted(ROW);

  /** Writes only the rows still at the version read; by primary key. */
  private static final String UPDATE =
      """
      update activity t
      set account_id = r.account_id, type = r.type, at = r.at, staff_ids = r.staff_ids,
          contact_ids = r.contact_ids, subject = r.subject, summary = r.summary,
          outcome = r.outcome, version = t.version + 1, updated_at = :now
      from jsonb_to_recordset(cast(:rows as jsonb)) as %s
      where t.id = r.id and t.version = r.version and t.deleted_at is null
      returning t.id
      """
          .formatted(ROW);

  /** What the feed reads of an activity `r` (see read). */
  static final String FEED_COLUMNS =
      """
      r.id, r.account_id, r.type, r.at, r.staff_ids, r.contact_ids, r.subject, r.summary,
      r.outcome, r.version, r.created_at, r.updated_at""";

  static final SyncMapping<Activity> MAPPING =
      new SyncMapping<>(
          ChangeType.activities,
          TABLE,
          FEED_COLUMNS,
          (row, externalIds) -> ActivityDto.from(read(row, externalIds)),
          ActivitySyncQueries::feedOwner,
          INSERT,
          UPDATE);

  /**
   * Who may see an activity's changes: whoever may see its account (see SyncMapping.FeedOwners).
   */
  static FeedOwner feedOwner(String alias, String on) {
    return new FeedOwner(
        """
        left join activity %1$s on %2$s
        left join account %1$s_account on %1$s_account.id = %1$s.account_id"""
            .formatted(alias, on.formatted(alias + ".id")),
        alias + "_account.owner_id",
        alias + "_account.id");
  }

  /** The row that writes `a` (read at `version`; null for a create). */
  static Map<String, Object> row(Activity a, Long version) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", a.id);
    row.put("version", version);
    row.put("account_id", a.accountId);
    row.put("type", a.type.name());
    row.put("at", a.at);
    row.put("staff_ids", a.staffIds);
    row.put("contact_ids", a.contactIds);
    row.put("subject", a.subject);
    row.put("summary", a.summary);
    row.put("outcome", a.outcome);
    return row;
  }

  /** A row of FEED_COLUMNS as the activity it stores (not managed: nothing to track). */
  static Activity read(ResultSet r, List<ExternalId> externalIds) throws SQLException {
    Activity a = new Activity();
    a.id = r.getObject(1, UUID.class);
    a.accountId = r.getObject(2, UUID.class);
    a.type = ActivityType.valueOf(r.getString(3));
    a.at = FeedRecords.instant(r, 4);
    a.staffIds = uuids(r.getArray(5));
    a.contactIds = uuids(r.getArray(6));
    a.subject = r.getString(7);
    a.summary = r.getString(8);
    a.outcome = r.getString(9);
    a.externalIds = externalIds;
    a.version = r.getLong(10);
    a.createdAt = FeedRecords.instant(r, 11);
    a.updatedAt = FeedRecords.instant(r, 12);
    return a;
  }

  private static List<UUID> uuids(Array array) throws SQLException {
    return array == null
        ? new ArrayList<>()
        : new ArrayList<>(Arrays.asList((UUID[]) array.getArray()));
  }
}
