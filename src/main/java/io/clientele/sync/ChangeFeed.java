package io.clientele.sync;

import io.clientele.account.AccountDto;
import io.clientele.account.AccountStatus;
import io.clientele.account.ContactDto;
import io.clientele.account.Influence;
import io.clientele.account.Tier;
import io.clientele.common.ExternalId;
import io.clientele.common.Money;
import io.clientele.pipeline.ForecastCategory;
import io.clientele.pipeline.LeadSource;
import io.clientele.pipeline.OpportunityDto;
import io.clientele.pipeline.OpportunityType;
import io.clientele.staff.Caller;
import io.clientele.staff.Visibility;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Reads the change feed (see V14): the changes after a cursor, in commit order, each with the
 * record as it is now. Only committed transactions have a ticket, and tickets come in commit order
 * without gaps, so whatever a page shows can never be overtaken by a change committed later.
 */
@ApplicationScoped
public class ChangeFeed {
  private static final int MAX_ROUNDS = 20;

  private final Caller caller;
  private final EntityManager em;

  public ChangeFeed(Caller caller, EntityManager em) {
    this.caller = caller;
    this.em = em;
  }

  private record Entry(
      long ticket,
      long changeId,
      ChangeType type,
      UUID recordId,
      long version,
      String operation,
      Instant at) {}

  /**
   * The changes after `after`. A page is empty only when the caller is caught up: where a types
   * filter or visibility leaves nothing in the transactions one statement looks at, the next ones
   * are looked at (up to {@value #MAX_ROUNDS} statements per request; after that an empty page with
   * a cursor further on).
   */
  public ChangePage page(String after, int limit, Set<ChangeType> types) {
    ChangeCursor cursor = ChangeCursor.parse(after);
    for (int round = 1; ; round++) {
      ChangePage page = scan(cursor, limit, types);
      String unchanged = cursor.encode();
      if (!page.items().isEmpty() || page.nextCursor().equals(unchanged) || round == MAX_ROUNDS) {
        return page;
      }
      cursor = ChangeCursor.parse(page.nextCursor());
    }
  }

  @SuppressWarnings("unchecked")
  private ChangePage scan(ChangeCursor cursor, int limit, Set<ChangeType> types) {
    SqlWhere where = new SqlWhere();
    where.param("ticket", cursor.ticket());
    where.param("changeId", cursor.changeId());
    where.param("limit", limit);
    if (types.size() < ChangeType.values().length) {
      where.and(
          "c.type = any(cast("
              + where.param("types", types.stream().map(Enum::name).toArray(String[]::new))
              + " as text[]))");
    }
    Visibility visibility = caller.visibility();
    String joins = "";
    if (!visibility.seesEveryone()) {
      // the record's owner and account, whatever its type, for the usual visibility rule
      joins =
          """
          left join account a on c.type = 'accounts' and a.id = c.record_id
          left join contact ct on c.type = 'contacts' and ct.id = c.record_id
          left join account ca on ca.id = ct.account_id
          left join opportunity o on c.type = 'opportunities' and o.id = c.record_id
          """;
      visibility.account(
          where,
          "coalesce(a.owner_id, ca.owner_id, o.owner_id)",
          "coalesce(a.id, ca.id, o.account_id)");
    }
    // The rest of the cursor's transaction, then the transactions after it in ticket order: each
    // part reads an index range (change_log_xid_idx, change_transaction_ticket_idx), never the
    // whole log, however large one transaction (a COPY, say) was. The last row (id null) says up
    // to which ticket this statement looked, from the same snapshot as the page.
    String sql =
        """
        select * from (
          select * from (
            select cast(:ticket as bigint) as ticket, c.id, c.type, c.record_id, c.version, c.operation, c.at
            from change_log c %1$s
            where c.xid = (select xid from change_transaction where ticket = :ticket)
              and c.id > :changeId and %2$s
            order by c.id
            limit :limit
          ) current_transaction
          union all
          select * from (
            select l.ticket, c.id, c.type, c.record_id, c.version, c.operation, c.at
            from (select ticket, xid from change_transaction where ticket > :ticket order by ticket limit :limit) l
            cross join lateral (
              select c.id, c.type, c.record_id, c.version, c.operation, c.at
              from change_log c %1$s
              where c.xid = l.xid and %2$s
              order by c.id
              limit :limit
            ) c
            order by l.ticket, c.id
            limit :limit
          ) later_transactions
          order by 1, 2
          limit :limit
        ) page
        union all
        select (select max(ticket) from (
                  select ticket from change_transaction where ticket > :ticket order by ticket limit :limit
                ) scanned),
               null, null, null, null, null, null
        """
            .formatted(joins, where.sql());
    List<Object[]> rows = new ArrayList<>(where.bind(em.createNativeQuery(sql)).getResultList());
    Object[] marker = rows.stream().filter(r -> r[1] == null).findFirst().orElseThrow();
    rows.remove(marker);
    List<Entry> entries =
        rows.stream()
            .map(
                r ->
                    new Entry(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        ChangeType.valueOf((String) r[2]),
                        (UUID) r[3],
                        ((Number) r[4]).longValue(),
                        (String) r[5],
                        (Instant) r[6]))
            .toList();
    ChangeCursor next =
        entries.isEmpty()
            ? cursor
            : new ChangeCursor(
                entries.get(entries.size() - 1).ticket(),
                entries.get(entries.size() - 1).changeId());
    if (entries.size() < limit && marker[0] != null) {
      // a short page has considered every change of the transactions it scanned: the cursor moves
      // past them, so a filter that matches nothing there does not hold the consumer back
      long scanned = ((Number) marker[0]).longValue();
      if (scanned > next.ticket()) {
        next = new ChangeCursor(scanned, Long.MAX_VALUE);
      }
    }
    if (entries.isEmpty()) {
      return new ChangePage(List.of(), next.encode());
    }
    Map<ChangeType, Map<UUID, Current>> records = currentRecords(entries);
    List<ChangeDto> items = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      Current current = records.get(e.type()).get(e.recordId());
      items.add(
          new ChangeDto(
              e.type(),
              e.recordId(),
              e.operation(),
              e.version(),
              current == null ? List.of() : current.externalIds(),
              e.at(),
              current == null ? null : current.data()));
    }
    return new ChangePage(items, next.encode());
  }

  /** A record as it is now: its external ids, and its data as GET shows it (null once deleted). */
  private record Current(List<ExternalId> externalIds, Object data) {}

  /**
   * The records of a page as they are now, by type and id. Read as plain rows on the session's
   * connection, one statement per type with the external ids alongside: no entities to track and no
   * collections to load, which is most of a page's cost.
   */
  private Map<ChangeType, Map<UUID, Current>> currentRecords(List<Entry> entries) {
    Map<ChangeType, Set<UUID>> ids = new EnumMap<>(ChangeType.class);
    for (ChangeType type : ChangeType.values()) {
      ids.put(type, new HashSet<>());
    }
    entries.forEach(e -> ids.get(e.type()).add(e.recordId()));
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              Map<ChangeType, Map<UUID, Current>> records = new EnumMap<>(ChangeType.class);
              records.put(
                  ChangeType.accounts,
                  current(
                      connection,
                      "account",
                      ACCOUNT_COLUMNS,
                      ids.get(ChangeType.accounts),
                      ChangeFeed::account));
              records.put(
                  ChangeType.contacts,
                  current(
                      connection,
                      "contact",
                      CONTACT_COLUMNS,
                      ids.get(ChangeType.contacts),
                      ChangeFeed::contact));
              records.put(
                  ChangeType.opportunities,
                  current(
                      connection,
                      "opportunity",
                      OPPORTUNITY_COLUMNS,
                      ids.get(ChangeType.opportunities),
                      ChangeFeed::opportunity));
              return records;
            });
  }

  /** A row read into a record as GET shows it (its columns first, in the order selected). */
  private interface RowReader {
    Object read(ResultSet row, List<ExternalId> externalIds) throws SQLException;
  }

  /**
   * The records of `table` among `ids` (an array parameter: the plan stays a primary-key lookup per
   * id), each with its external ids (`table`_external_id); `columns` start with the id.
   */
  private static Map<UUID, Current> current(
      Connection connection, String table, String columns, Set<UUID> ids, RowReader reader)
      throws SQLException {
    Map<UUID, Current> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    String sql =
        """
        select %2$s, r.deleted_at is not null, e.sources, e.ids
        from %1$s r
        left join lateral (
          select array_agg(x.source order by x.source) as sources,
                 array_agg(x.external_id order by x.source) as ids
          from %1$s_external_id x where x.%1$s_id = r.id
        ) e on true
        where r.id = any(?)
        """
            .formatted(table, columns);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
      try (ResultSet rows = statement.executeQuery()) {
        int deleted = rows.getMetaData().getColumnCount() - 2;
        while (rows.next()) {
          List<ExternalId> externalIds = externalIds(rows, deleted + 1);
          Object data = rows.getBoolean(deleted) ? null : reader.read(rows, externalIds);
          found.put(rows.getObject(1, UUID.class), new Current(externalIds, data));
        }
      }
    }
    return found;
  }

  private static List<ExternalId> externalIds(ResultSet rows, int column) throws SQLException {
    Array sources = rows.getArray(column);
    if (sources == null) {
      return List.of();
    }
    String[] source = (String[]) sources.getArray();
    String[] value = (String[]) rows.getArray(column + 1).getArray();
    List<ExternalId> ids = new ArrayList<>(source.length);
    for (int i = 0; i < source.length; i++) {
      ids.add(new ExternalId(source[i], value[i]));
    }
    return List.copyOf(ids);
  }

  private static final String ACCOUNT_COLUMNS =
      """
      r.id, r.name, r.industry, r.tier, r.status, r.region, r.owner_id, r.parent_id,
      r.annual_revenue_target_amount, r.annual_revenue_target_currency, r.satisfaction,
      r.renewal_date, r.version, r.created_at, r.updated_at""";

  private static AccountDto account(ResultSet r, List<ExternalId> externalIds) throws SQLException {
    return new AccountDto(
        r.getObject(1, UUID.class),
        r.getString(2),
        r.getString(3),
        Tier.valueOf(r.getString(4)),
        AccountStatus.valueOf(r.getString(5)),
        r.getString(6),
        r.getObject(7, UUID.class),
        r.getObject(8, UUID.class),
        Money.ofNullable(r.getBigDecimal(9), r.getString(10)),
        r.getBigDecimal(11),
        r.getObject(12, LocalDate.class),
        externalIds,
        r.getLong(13),
        instant(r, 14),
        instant(r, 15));
  }

  private static final String CONTACT_COLUMNS =
      """
      r.id, r.account_id, r.name, r.title, r.email, r.phone, r.influence, r.version, r.created_at,
      r.updated_at""";

  private static ContactDto contact(ResultSet r, List<ExternalId> externalIds) throws SQLException {
    String influence = r.getString(7);
    return new ContactDto(
        r.getObject(1, UUID.class),
        r.getObject(2, UUID.class),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getString(6),
        influence == null ? null : Influence.valueOf(influence),
        externalIds,
        r.getLong(8),
        instant(r, 9),
        instant(r, 10));
  }

  private static final String OPPORTUNITY_COLUMNS =
      """
      r.id, r.account_id, r.owner_id, r.name, r.type, r.source, r.stage, r.amount, r.currency,
      r.probability, r.forecast_category, r.close_date, r.closed_date, r.next_step, r.lost_reason,
      r.version, r.created_at, r.updated_at""";

  private static OpportunityDto opportunity(ResultSet r, List<ExternalId> externalIds)
      throws SQLException {
    String source = r.getString(6);
    return new OpportunityDto(
        r.getObject(1, UUID.class),
        r.getObject(2, UUID.class),
        r.getObject(3, UUID.class),
        r.getString(4),
        OpportunityType.valueOf(r.getString(5)),
        source == null ? null : LeadSource.valueOf(source),
        r.getString(7),
        new Money(r.getBigDecimal(8), r.getString(9)),
        r.getInt(10),
        ForecastCategory.valueOf(r.getString(11)),
        r.getObject(12, LocalDate.class),
        r.getObject(13, LocalDate.class),
        r.getString(14),
        r.getString(15),
        externalIds,
        r.getLong(16),
        instant(r, 17),
        instant(r, 18));
  }

  private static Instant instant(ResultSet r, int column) throws SQLException {
    OffsetDateTime at = r.getObject(column, OffsetDateTime.class);
    return at == null ? null : at.toInstant();
  }
}
