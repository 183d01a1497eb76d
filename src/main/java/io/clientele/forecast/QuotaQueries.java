package io.clientele.forecast;

import io.clientele.common.FiscalPeriod;
import io.clientele.staff.Visibility;
import io.clientele.web.Page;
import io.clientele.web.PageRequest;
import io.clientele.web.Sort;
import io.clientele.web.SortField;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** The quotas' SQL: the list, and a whole team's quotas of a period in one statement. */
@ApplicationScoped
class QuotaQueries {
  private static final List<SortField<Quota>> SORTABLE =
      List.of(new SortField<>("start", "q.period_start", "date", q -> q.periodStart));

  private final EntityManager em;

  QuotaQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * Quotas of the staff the caller may see whose period lies within `period` (a year shows its own
   * quota and its halves' and quarters'). Expects quota_staff_start_idx.
   */
  Page<Quota> list(
      Visibility visibility,
      FiscalPeriod period,
      UUID staffId,
      PageRequest page,
      String sortParam) {
    SqlWhere where = new SqlWhere();
    visibility.staff(where, "q.staff_id");
    if (staffId != null) {
      where.and("q.staff_id = " + where.param("staffId", staffId));
    }
    if (period != null) {
      where.and("q.period_start >= " + where.param("start", period.start()));
      where.and("q.period_end <= " + where.param("end", period.end()));
    }
    Sort<Quota> sort = Sort.parse(sortParam, "start", SORTABLE, "q.id", q -> q.id);
    return sort.fetch(em, "select q.* from quota q", where, page, Quota.class);
  }

  /**
   * Sets the quotas of several staff for one period in one statement (a multi-row upsert on
   * quota_staff_period_key): all or nothing. A quota whose amount does not change keeps its
   * version.
   */
  void setTeam(FiscalPeriod period, List<TeamQuotasInput.Entry> entries, Timestamp now) {
    em.createNativeQuery(
            """
            insert into quota (id, staff_id, period, period_kind, period_start, period_end, amount,
                               currency, version, created_at, updated_at)
            select uuid_v7(), e.staff_id, :period, :kind, :start, :end, e.amount, e.currency, 0, :now, :now
            from unnest(cast(:staff as uuid[]), cast(:amounts as numeric[]), cast(:currencies as text[]))
                 as e(staff_id, amount, currency)
            on conflict (staff_id, period) do update
              set amount = excluded.amount, currency = excluded.currency,
                  version = quota.version + 1, updated_at = excluded.updated_at
              where quota.amount <> excluded.amount or quota.currency <> excluded.currency
            """)
        .setParameter("period", period.label())
        .setParameter("kind", period.kind().name())
        .setParameter("start", period.start())
        .setParameter("end", period.end())
        .setParameter("now", now)
        .setParameter(
            "staff", entries.stream().map(TeamQuotasInput.Entry::staffId).toArray(UUID[]::new))
        .setParameter(
            "amounts", entries.stream().map(e -> e.amount().amount()).toArray(BigDecimal[]::new))
        .setParameter(
            "currencies", entries.stream().map(e -> e.amount().currency()).toArray(String[]::new))
        .executeUpdate();
    em.clear();
  }
}
