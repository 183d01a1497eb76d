package io.clientele.pipeline;

import io.clientele.common.ExternalId;
import io.clientele.staff.Visibility;
import io.clientele.sync.ChangeType;
import io.clientele.sync.FeedRecords;
import io.clientele.sync.JsonRows;
import io.clientele.sync.SyncMapping;
import io.clientele.sync.SyncMapping.FeedOwner;
import io.clientele.sync.SyncTable;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The opportunity's columns as the batch upserts and the change feed write and read them: the
 * set-based INSERT and UPDATE (the velocity columns move with the stage, as in a PATCH) and the
 * history INSERT, each fed a batch as one JSON document (see JsonRows), a row made from a deal, and
 * a feed row read back into a deal. A new column goes into all of them, here.
 */
@ApplicationScoped
public class OpportunitySyncQueries {
  static final SyncTable<Opportunity> TABLE =
      new SyncTable<>(
          "opportunity",
          "opportunity_external_id",
          "opportunity_id",
          Opportunity.class,
          o -> o.externalIds);

  private static final String ROW =
      """
      r(id uuid, version bigint, account_id uuid, owner_id uuid, name text, type text, source text,
        stage text, amount numeric, currency text, probability int, forecast_category text,
        close_date date, closed_date date, next_step text, lost_reason text,
        stage_entered_at timestamptz, stage_path text[], stage_stays int[], stage_seconds numeric[])""";

  private static final String INSERT =
      """
      insert into opportunity (id, account_id, owner_id, name, type, source, stage, amount, currency,
                               probability, forecast_category, close_date, closed_date, next_step,
                               lost_reason, stage_entered_at, stage_path, stage_stays, stage_seconds,
                               version, created_at, updated_at)
      select r.id, r.account_id, r.owner_id, r.name, r.type, r.source, r.stage, r.amount, r.currency,
             r.probability, r.forecast_category, r.close_date, r.closed_date, r.next_step,
             r.lost_reason, r.stage_entered_at, r.stage_path, r.stage_stays, r.stage_seconds,
             0, :now, :now
      from jsonb_to_recordset(cast(:rows as jsonb)) as %s
      """
          .formatted(ROW);

  /** Writes only the rows still at the version read; by primary key. */
  private static final String UPDATE =
      """
      update opportunity o
      set account_id = r.account_id, owner_id = r.owner_id, name = r.name, type = r.type,
          source = r.source, stage = r.stage, amount = r.amount, currency = r.currency,
          probability = r.probability, forecast_category = r.forecast_category,
          close_date = r.close_date, closed_date = r.closed_date, next_step = r.next_step,
          lost_reason = r.lost_reason, stage_entered_at = r.stage_entered_at,
          stage_path = r.stage_path, stage_stays = r.stage_stays, stage_seconds = r.stage_seconds,
          version = o.version + 1, updated_at = :now
      from jsonb_to_recordset(cast(:rows as jsonb)) as %s
      where o.id = r.id and o.version = r.version and o.deleted_at is null
      returning o.id
      """
          .formatted(ROW);

  /** The changes of the tracked fields of the deals written (see OpportunityHistory). */
  private static final String HISTORY =
      """
      insert into opportunity_history
             (id, opportunity_id, changed_at, changed_by, field, from_value, to_value)
      select r.id, r.opportunity_id, :now, r.changed_by, r.field, r.from_value, r.to_value
      from jsonb_to_recordset(cast(:rows as jsonb))
           as r(id uuid, opportunity_id uuid, changed_by uuid, field text, from_value text,
                to_value text)
      """;

  /** What the feed reads of a deal `r` (see read). */
  static final String FEED_COLUMNS =
      """
      r.id, r.account_id, r.owner_id, r.name, r.type, r.source, r.stage, r.amount, r.currency,
      r.probability, r.forecast_category, r.close_date, r.closed_date, r.next_step, r.lost_reason,
      r.version, r.created_at, r.updated_at""";

  static final SyncMapping<Opportunity> MAPPING =
      new SyncMapping<>(
          ChangeType.opportunities,
          TABLE,
          FEED_COLUMNS,
          (row, externalIds) -> OpportunityDto.from(read(row, externalIds)),
          OpportunitySyncQueries::feedOwner,
          INSERT,
          UPDATE);

  /** Who may see a deal's changes: by its owner and account (see SyncMapping.FeedOwners). */
  static FeedOwner feedOwner(String alias, String on) {
    return new FeedOwner(
        "left join opportunity %1$s on %2$s".formatted(alias, on.formatted(alias + ".id")),
        alias + ".owner_id",
        alias + ".account_id");
  }

  private final JsonRows rows;
  private final EntityManager em;

  public OpportunitySyncQueries(JsonRows rows, EntityManager em) {
    this.rows = rows;
    this.em = em;
  }

  /** Which of these deals (live or deleted) the caller may see, in one statement. */
  @SuppressWarnings("unchecked")
  public Set<UUID> visibleIds(Collection<UUID> ids, Visibility visibility) {
    if (ids.isEmpty() || visibility.seesEveryone()) {
      return new HashSet<>(ids);
    }
    SqlWhere where = new SqlWhere();
    where.and("o.id = any(cast(" + where.param("ids", ids.toArray(UUID[]::new)) + " as uuid[]))");
    visibility.account(where, "o.owner_id", "o.account_id");
    return new HashSet<>(
        where
            .bind(em.createNativeQuery("select o.id from opportunity o where " + where.sql()))
            .getResultList());
  }

  /** Rows of opportunity_history, less changed_at (`now`). */
  void insertHistory(List<Map<String, Object>> changes, Instant now) {
    rows.insert(HISTORY, changes, now);
  }

  /** The row that writes `o` (read at `version`; null for a create). */
  static Map<String, Object> row(Opportunity o, Long version) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", o.id);
    row.put("version", version);
    row.put("account_id", o.accountId);
    row.put("owner_id", o.ownerId);
    row.put("name", o.name);
    row.put("type", o.type.name());
    row.put("source", o.source == null ? null : o.source.name());
    row.put("stage", o.stage);
    row.put("amount", o.amount);
    row.put("currency", o.currency);
    row.put("probability", o.probability);
    row.put("forecast_category", o.forecastCategory.name());
    row.put("close_date", o.closeDate);
    row.put("closed_date", o.closedDate);
    row.put("next_step", o.nextStep);
    row.put("lost_reason", o.lostReason);
    row.put("stage_entered_at", o.stageEnteredAt);
    row.put("stage_path", o.stagePath);
    row.put("stage_stays", o.stageStays);
    row.put("stage_seconds", o.stageSeconds);
    return row;
  }

  /** The row that writes a change of the history (its changed_at is the batch's `now`). */
  static Map<String, Object> historyRow(OpportunityChange change) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", change.id);
    row.put("opportunity_id", change.opportunityId);
    row.put("changed_by", change.changedBy);
    row.put("field", change.field);
    row.put("from_value", change.fromValue);
    row.put("to_value", change.toValue);
    return row;
  }

  /** A row of FEED_COLUMNS as the deal it stores (not managed: nothing to track). */
  static Opportunity read(ResultSet r, List<ExternalId> externalIds) throws SQLException {
    Opportunity o = new Opportunity();
    o.id = r.getObject(1, UUID.class);
    o.accountId = r.getObject(2, UUID.class);
    o.ownerId = r.getObject(3, UUID.class);
    o.name = r.getString(4);
    o.type = OpportunityType.valueOf(r.getString(5));
    String source = r.getString(6);
    o.source = source == null ? null : LeadSource.valueOf(source);
    o.stage = r.getString(7);
    o.amount = r.getBigDecimal(8);
    o.currency = r.getString(9);
    o.probability = r.getInt(10);
    o.forecastCategory = ForecastCategory.valueOf(r.getString(11));
    o.closeDate = r.getObject(12, LocalDate.class);
    o.closedDate = r.getObject(13, LocalDate.class);
    o.nextStep = r.getString(14);
    o.lostReason = r.getString(15);
    o.externalIds = externalIds;
    o.version = r.getLong(16);
    o.createdAt = FeedRecords.instant(r, 17);
    o.updatedAt = FeedRecords.instant(r, 18);
    return o;
  }
}
