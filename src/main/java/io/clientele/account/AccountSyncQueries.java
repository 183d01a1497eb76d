package io.clientele.account;

import io.clientele.common.ExternalId;
import io.clientele.sync.ChangeType;
import io.clientele.sync.FeedRecords;
import io.clientele.sync.SyncMapping;
import io.clientele.sync.SyncMapping.FeedOwner;
import io.clientele.sync.SyncTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The account's columns as the batch upserts and the change feed write and read them: the set-based
 * INSERT and UPDATE, fed a batch as one JSON document of rows (see JsonRows), a row made from an
 * input, and a feed row read back into an account. A new account column goes into all four, here.
 */
final class AccountSyncQueries {
  private AccountSyncQueries() {}

  static final SyncTable<Account> TABLE =
      new SyncTable<>(
          "account", "account_external_id", "account_id", Account.class, a -> a.externalIds);

  /** One row of a batch (see row). */
  private static final String ROW =
      """
      r(id uuid, version bigint, name text, industry text, tier text, status text, region text,
        owner_id uuid, parent_id uuid, target_amount numeric, target_currency text,
        satisfaction numeric, renewal_date date)""";

  private static final String INSERT =
      """
      insert into account (id, name, industry, tier, status, region, owner_id, parent_id,
                           annual_revenue_target_amount, annual_revenue_target_currency,
                           satisfaction, renewal_date, version, created_at, updated_at)
      select r.id, r.name, r.industry, r.tier, r.status, r.region, r.owner_id, r.parent_id,
             r.target_amount, r.target_currency, r.satisfaction, r.renewal_date, 0, :now, :now
      from jsonb_to_recordset(cast(:rows as jsonb)) as %s
      """
          .formatted(ROW);

  /** Writes only the rows still at the version read; by primary key. */
  private static final String UPDATE =
      """
      update account a
      set name = r.name, industry = r.industry, tier = r.tier, status = r.status,
          region = r.region, owner_id = r.owner_id, parent_id = r.parent_id,
          annual_revenue_target_amount = r.target_amount,
          annual_revenue_target_currency = r.target_currency, satisfaction = r.satisfaction,
          renewal_date = r.renewal_date, version = a.version + 1, updated_at = :now
      from jsonb_to_recordset(cast(:rows as jsonb)) as %s
      where a.id = r.id and a.version = r.version and a.deleted_at is null
      returning a.id
      """
          .formatted(ROW);

  /** What the feed reads of an account `r` (see read). */
  static final String FEED_COLUMNS =
      """
      r.id, r.name, r.industry, r.tier, r.status, r.region, r.owner_id, r.parent_id,
      r.annual_revenue_target_amount, r.annual_revenue_target_currency, r.satisfaction,
      r.renewal_date, r.version, r.created_at, r.updated_at, r.satisfaction_from_reviews,
      r.last_contact_at""";

  static final SyncMapping<Account> MAPPING =
      new SyncMapping<>(
          ChangeType.accounts,
          TABLE,
          FEED_COLUMNS,
          (row, externalIds) -> AccountDto.from(read(row, externalIds)),
          AccountSyncQueries::feedOwner,
          INSERT,
          UPDATE);

  /** Who may see an account's changes: its owner and itself (see SyncMapping.FeedOwners). */
  static FeedOwner feedOwner(String alias, String on) {
    return new FeedOwner(
        "left join account %1$s on %2$s".formatted(alias, on.formatted(alias + ".id")),
        alias + ".owner_id",
        alias + ".id");
  }

  /** The row that writes `a` as account `id` (read at `version`; null for a create). */
  static Map<String, Object> row(UUID id, Long version, AccountInput a) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", id);
    row.put("version", version);
    row.put("name", a.name());
    row.put("industry", a.industry());
    row.put("tier", a.tier().name());
    row.put("status", a.status().name());
    row.put("region", a.region());
    row.put("owner_id", a.ownerId());
    row.put("parent_id", a.parentId());
    row.put(
        "target_amount", a.annualRevenueTarget() == null ? null : a.annualRevenueTarget().amount());
    row.put(
        "target_currency",
        a.annualRevenueTarget() == null ? null : a.annualRevenueTarget().currency());
    row.put("satisfaction", a.satisfaction());
    row.put("renewal_date", a.renewalDate());
    return row;
  }

  /** A row of FEED_COLUMNS as the account it stores (not managed: nothing to track). */
  static Account read(ResultSet r, List<ExternalId> externalIds) throws SQLException {
    Account a = new Account();
    a.id = r.getObject(1, UUID.class);
    a.name = r.getString(2);
    a.industry = r.getString(3);
    a.tier = Tier.valueOf(r.getString(4));
    a.status = AccountStatus.valueOf(r.getString(5));
    a.region = r.getString(6);
    a.ownerId = r.getObject(7, UUID.class);
    a.parentId = r.getObject(8, UUID.class);
    a.annualRevenueTargetAmount = r.getBigDecimal(9);
    a.annualRevenueTargetCurrency = r.getString(10);
    a.satisfaction = r.getBigDecimal(11);
    a.renewalDate = r.getObject(12, LocalDate.class);
    a.externalIds = externalIds;
    a.version = r.getLong(13);
    a.createdAt = FeedRecords.instant(r, 14);
    a.updatedAt = FeedRecords.instant(r, 15);
    a.satisfactionFromReviews = r.getBoolean(16);
    a.lastContactAt = FeedRecords.instant(r, 17);
    return a;
  }
}
