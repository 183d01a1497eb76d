package io.clientele.sync;

import io.clientele.staff.Caller;
import io.clientele.staff.Visibility;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * Reads the change feed (see V14): the changes after a cursor, in commit order, each with the
 * record as it is now. Only committed transactions have a ticket, and tickets come in commit order
 * without gaps, so whatever a page shows can never be overtaken by a change committed later.
 */
@ApplicationScoped
public class ChangeFeed {
  private static final int MAX_ROUNDS = 20;
  private static final Collector<CharSequence, ?, String> COALESCE =
      Collectors.joining(", ", "coalesce(", ")");

  private final Caller caller;
  private final SyncedTypes syncedTypes;
  private final FeedRecords records;
  private final EntityManager em;

  public ChangeFeed(Caller caller, SyncedTypes types, FeedRecords records, EntityManager em) {
    this.caller = caller;
    this.syncedTypes = types;
    this.records = records;
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
    String joins = visibility.seesEveryone() ? "" : visibleOnly(visibility, where);
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
    Map<ChangeType, Set<UUID>> ids = new EnumMap<>(ChangeType.class);
    entries.forEach(e -> ids.computeIfAbsent(e.type(), t -> new HashSet<>()).add(e.recordId()));
    Map<ChangeType, Map<UUID, FeedRecords.Current>> current = records.current(ids);
    List<ChangeDto> items = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      FeedRecords.Current now = current.get(e.type()).get(e.recordId());
      items.add(
          new ChangeDto(
              e.type().name(),
              e.recordId(),
              e.operation(),
              e.version(),
              now == null ? List.of() : now.externalIds(),
              e.at(),
              now == null ? null : now.data()));
    }
    return new ChangePage(items, next.encode());
  }

  /**
   * Restricts `where` to the changes of records the caller may see, by the record's owner and
   * account whatever its type (each type joins its own table); answers the joins it needs.
   */
  private String visibleOnly(Visibility visibility, SqlWhere where) {
    List<SyncMapping.FeedOwner> owners =
        syncedTypes.mappings().stream().map(ChangeFeed::owner).toList();
    visibility.account(
        where,
        owners.stream().map(SyncMapping.FeedOwner::owner).collect(COALESCE),
        owners.stream().map(SyncMapping.FeedOwner::account).collect(COALESCE));
    return owners.stream().map(SyncMapping.FeedOwner::joins).collect(Collectors.joining("\n"));
  }

  /** A type's joins to the owner and account of its records, on the changes of that type. */
  private static SyncMapping.FeedOwner owner(SyncMapping<?> type) {
    return type.owners()
        .join(type.type().name(), "c.type = '" + type.type() + "' and %s = c.record_id");
  }
}
