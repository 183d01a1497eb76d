package io.clientele.account;

import io.clientele.common.ExternalId;
import io.clientele.sync.ChangeType;
import io.clientele.sync.FeedRecords;
import io.clientele.sync.SyncMapping;
import io.clientele.sync.SyncMapping.FeedOwner;
import io.clientele.sync.SyncTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The contact's columns as the batch upserts and the change feed write and read them (see
 * AccountSyncQueries): the set-based INSERT and UPDATE, a row, and a feed row read back.
 */
final class ContactSyncQueries {
  private ContactSyncQueries() {}

  static final SyncTable<Contact> TABLE =
      new SyncTable<>(
          "contact", "contact_external_id", "contact_id", Contact.class, c -> c.externalIds);

  private static final String ROW =
      """
      r(id uuid, version bigint, account_id uuid, name text, title text, email text, phone text,
        influence text)""";

  private static final String INSERT =
      """
      insert into contact (id, account_id, name, title, email, phone, influence,
                           version, created_at, updated_at)
      select r.id, r.account_id, r.name, r.title, r.email, r.phone, r.influence, 0, :now, :now
      from jsonb_to_recordset(cast(:rows as jsonb)) as %s
      """
          .formatted(ROW);

  /** Writes only the rows still at the version read; by primary key. */
  private static final String UPDATE =
      """
      update contact c
      set account_id = r.account_id, name = r.name, title = r.title, email = r.email,
          phone = r.phone, influence = r.influence, version = c.version + 1, updated_at = :now
      from jsonb_to_recordset(cast(:rows as jsonb)) as %s
      where c.id = r.id and c.version = r.version and c.deleted_at is null
      returning c.id
      """
          .formatted(ROW);

  /** What the feed reads of a contact `r` (see read). */
  static final String FEED_COLUMNS =
      """
      r.id, r.account_id, r.name, r.title, r.email, r.phone, r.influence, r.version, r.created_at,
      r.updated_at""";

  static final SyncMapping<Contact> MAPPING =
      new SyncMapping<>(
          ChangeType.contacts,
          TABLE,
          FEED_COLUMNS,
          (row, externalIds) -> ContactDto.from(read(row, externalIds)),
          ContactSyncQueries::feedOwner,
          INSERT,
          UPDATE);

  /** Who may see a contact's changes: whoever may see its account (see SyncMapping.FeedOwners). */
  static FeedOwner feedOwner(String alias, String on) {
    return new FeedOwner(
        """
        left join contact %1$s on %2$s
        left join account %1$s_account on %1$s_account.id = %1$s.account_id"""
            .formatted(alias, on.formatted(alias + ".id")),
        alias + "_account.owner_id",
        alias + "_account.id");
  }

  /** The row that writes `c` as contact `id` of `accountId` (read at `version`; null: a create). */
  static Map<String, Object> row(UUID id, Long version, UUID accountId, ContactInput c) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", id);
    row.put("version", version);
    row.put("account_id", accountId);
    row.put("name", c.name());
    row.put("title", c.title());
    row.put("email", c.email());
    row.put("phone", c.phone());
    row.put("influence", c.influence() == null ? null : c.influence().name());
    return row;
  }

  /** A row of FEED_COLUMNS as the contact it stores (not managed: nothing to track). */
  static Contact read(ResultSet r, List<ExternalId> externalIds) throws SQLException {
    Contact c = new Contact();
    c.id = r.getObject(1, UUID.class);
    c.accountId = r.getObject(2, UUID.class);
    c.name = r.getString(3);
    c.title = r.getString(4);
    c.email = r.getString(5);
    c.phone = r.getString(6);
    String influence = r.getString(7);
    c.influence = influence == null ? null : Influence.valueOf(influence);
    c.externalIds = externalIds;
    c.version = r.getLong(8);
    c.createdAt = FeedRecords.instant(r, 9);
    c.updatedAt = FeedRecords.instant(r, 10);
    return c;
  }
}
