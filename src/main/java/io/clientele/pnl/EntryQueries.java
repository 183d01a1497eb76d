package io.clientele.pnl;

import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** SQL of posted revenue and cost entries (pnl_entry). */
@ApplicationScoped
public class EntryQueries {
  private static final List<SortField<PnlEntry>> SORTABLE =
      List.of(new SortField<>("date", "e.entry_date", "date", e -> e.date));

  private final EntityManager em;

  public EntryQueries(EntityManager em) {
    this.em = em;
  }

  /** An account's entries of one family, by date; expects pnl_entry_account_date_idx. */
  Page<PnlEntry> list(
      UUID accountId,
      EntryService.Ledger ledger,
      CostCategory category,
      LocalDate from,
      LocalDate to,
      PageRequest page,
      String sortParam) {
    SqlWhere where = new SqlWhere();
    where.and("e.account_id = " + where.param("accountId", accountId));
    if (ledger == EntryService.Ledger.REVENUE) {
      where.and("e.category = 'revenue'");
    } else if (category != null) {
      where.and("e.category = " + where.param("category", category.name()));
    } else {
      where.and("e.category <> 'revenue'");
    }
    if (from != null) {
      where.and("e.entry_date >= " + where.param("from", from));
    }
    if (to != null) {
      where.and("e.entry_date <= " + where.param("to", to));
    }
    Sort<PnlEntry> sort = Sort.parse(sortParam, "-date", SORTABLE, "e.id", e -> e.id);
    return sort.fetch(em, "select e.* from pnl_entry e", where, page, PnlEntry.class);
  }

  /** Locks the entry's row until the transaction ends: one reversal at a time. */
  void lock(UUID entryId) {
    em.createNativeQuery("select 1 from pnl_entry where id = :id for update")
        .setParameter("id", entryId)
        .getResultList();
  }

  /**
   * Which of these entries have been reversed, and by which entry: one query for a page; expects
   * the unique index of pnl_entry.reverses_id.
   */
  Map<UUID, UUID> reversalsOf(List<UUID> ids) {
    Map<UUID, UUID> reversedBy = new HashMap<>();
    if (ids.isEmpty()) {
      return reversedBy;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select reverses_id, id from pnl_entry
                where reverses_id = any(cast(:ids as uuid[]))
                """)
            .setParameter("ids", ids.toArray(UUID[]::new))
            .getResultList();
    rows.forEach(r -> reversedBy.put((UUID) r[0], (UUID) r[1]));
    return reversedBy;
  }
}
