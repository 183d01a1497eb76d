package io.clientele.sync;

import io.clientele.account.Account;
import io.clientele.account.AccountDto;
import io.clientele.account.AccountQueries;
import io.clientele.account.Contact;
import io.clientele.account.ContactDto;
import io.clientele.common.ExternalId;
import io.clientele.pipeline.Opportunity;
import io.clientele.pipeline.OpportunityDto;
import io.clientele.staff.Caller;
import io.clientele.staff.Visibility;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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
      AccountQueries.restrictToVisible(
          where,
          visibility,
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
    Map<ChangeType, Map<UUID, Object>> records = currentRecords(entries);
    Map<UUID, List<ExternalId>> externalIds = externalIds(entries);
    List<ChangeDto> items = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      items.add(
          new ChangeDto(
              e.type(),
              e.recordId(),
              e.operation(),
              e.version(),
              externalIds.getOrDefault(e.recordId(), List.of()),
              e.at(),
              records.get(e.type()).get(e.recordId())));
    }
    return new ChangePage(items, next.encode());
  }

  /** The live records of a page, as GET shows them, by type and id; deleted ones are left out. */
  private Map<ChangeType, Map<UUID, Object>> currentRecords(List<Entry> entries) {
    Map<ChangeType, List<UUID>> ids = new EnumMap<>(ChangeType.class);
    for (ChangeType type : ChangeType.values()) {
      ids.put(type, new ArrayList<>());
    }
    entries.forEach(e -> ids.get(e.type()).add(e.recordId()));
    Map<ChangeType, Map<UUID, Object>> records = new EnumMap<>(ChangeType.class);
    records.put(
        ChangeType.accounts,
        live(ids.get(ChangeType.accounts), Account.class, "account", a -> a.id, AccountDto::from));
    records.put(
        ChangeType.contacts,
        live(ids.get(ChangeType.contacts), Contact.class, "contact", c -> c.id, ContactDto::from));
    records.put(
        ChangeType.opportunities,
        live(
            ids.get(ChangeType.opportunities),
            Opportunity.class,
            "opportunity",
            o -> o.id,
            OpportunityDto::from));
    return records;
  }

  /**
   * The live records of one type among `ids`, as GET shows them. An array parameter, not a list of
   * a thousand: the plan stays a primary-key lookup per id.
   */
  @SuppressWarnings("unchecked")
  private <E> Map<UUID, Object> live(
      List<UUID> ids, Class<E> type, String table, Function<E, UUID> id, Function<E, Object> dto) {
    Map<UUID, Object> live = new HashMap<>();
    if (ids.isEmpty()) {
      return live;
    }
    List<E> records =
        em.createNativeQuery(
                "select * from %s where id = any(cast(:ids as uuid[])) and deleted_at is null"
                    .formatted(table),
                type)
            .setParameter("ids", ids.stream().distinct().toArray(UUID[]::new))
            .getResultList();
    records.forEach(record -> live.put(id.apply(record), dto.apply(record)));
    return live;
  }

  /** The external ids of a page's records, whatever their type, in one statement. */
  @SuppressWarnings("unchecked")
  private Map<UUID, List<ExternalId>> externalIds(List<Entry> entries) {
    UUID[] ids = entries.stream().map(Entry::recordId).distinct().toArray(UUID[]::new);
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select account_id, source, external_id from account_external_id where account_id = any(:ids)
                union all
                select contact_id, source, external_id from contact_external_id where contact_id = any(:ids)
                union all
                select opportunity_id, source, external_id from opportunity_external_id where opportunity_id = any(:ids)
                order by 1, 2
                """)
            .setParameter("ids", ids)
            .getResultList();
    Map<UUID, List<ExternalId>> external = new HashMap<>();
    for (Object[] r : rows) {
      external
          .computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
          .add(new ExternalId((String) r[1], (String) r[2]));
    }
    return external;
  }
}
