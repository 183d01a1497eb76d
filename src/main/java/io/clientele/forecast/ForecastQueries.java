package io.clientele.forecast;

import io.clientele.common.FiscalPeriod;
import io.clientele.fx.ExchangeRates;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Set-based SQL for the forecast: the period's deals of a staff member (or their team) added up by
 * forecast category per row, each amount at its close month's rate. Expects
 * opportunity_owner_close_idx (it covers every column read) and quota_staff_start_idx.
 */
@ApplicationScoped
public class ForecastQueries {
  private final EntityManager em;

  public ForecastQueries(EntityManager em) {
    this.em = em;
  }

  /** How the forecast's rows are cut. */
  @Schema(name = "ForecastGroupBy")
  public enum GroupBy {
    staff,
    region,
    month
  }

  record RowTotals(
      String key,
      long won,
      long commits,
      long bestCases,
      long pipelines,
      BigDecimal closedWon,
      BigDecimal commitOpen,
      BigDecimal bestCaseOpen,
      BigDecimal pipeline,
      BigDecimal weighted,
      List<String> missingRates) {}

  record QuotaRow(UUID staffId, String period, BigDecimal amount, String missingRate) {}

  /**
   * Who owns the deals of a forecast, and the row each owner's deals go to: with `team`, the root
   * and everyone below, each under the direct report whose team they are in (the root under
   * itself); otherwise the root alone. Walks the tree down staff_manager_idx.
   */
  @SuppressWarnings("unchecked")
  Map<UUID, UUID> owners(UUID root, boolean team) {
    if (!team) {
      return Map.of(root, root);
    }
    List<Object[]> rows =
        em.createNativeQuery(
                """
                with recursive tree(id, row_id) as (
                  select s.id, s.id from staff s where s.manager_id = :root
                  union all
                  select c.id, t.row_id from staff c join tree t on c.manager_id = t.id
                )
                select id, row_id from tree
                """)
            .setParameter("root", root)
            .getResultList();
    Map<UUID, UUID> owners = new HashMap<>();
    owners.put(root, root);
    rows.forEach(r -> owners.put((UUID) r[0], (UUID) r[1]));
    return owners;
  }

  /**
   * The period's deals of these owners added up per owner (groupBy staff), account region or close
   * month. The owners come as an array, so each is read as one range of
   * opportunity_owner_close_idx, from index entries alone.
   */
  @SuppressWarnings("unchecked")
  List<RowTotals> totals(
      FiscalPeriod period, Collection<UUID> owners, GroupBy groupBy, String reporting) {
    SqlWhere where = new SqlWhere();
    String key =
        switch (groupBy) {
          case staff -> "cast(o.owner_id as text)";
          case region -> "coalesce(a.region, '')";
          case month -> "to_char(o.close_date, 'YYYY-MM')";
        };
    String sql =
        """
        with deals as (
          select %s as key, o.forecast_category as category, o.probability, o.currency, o.close_date,
                 o.amount * case when o.currency = %s then 1 else fx.rate end as amount
          from opportunity o
          %s
          left join exchange_rate fx
                 on fx.currency = o.currency and fx.month = cast(date_trunc('month', o.close_date) as date)
          where o.deleted_at is null and o.owner_id = any (cast(%s as uuid[]))
            and o.close_date >= %s and o.close_date < %s
        )
        select key,
               count(*) filter (where category = 'closed'),
               count(*) filter (where category = 'commit'),
               count(*) filter (where category = 'best_case'),
               count(*) filter (where category = 'pipeline'),
               coalesce(sum(amount) filter (where category = 'closed'), 0),
               coalesce(sum(amount) filter (where category = 'commit'), 0),
               coalesce(sum(amount) filter (where category = 'best_case'), 0),
               coalesce(sum(amount) filter (where category in ('pipeline', 'best_case', 'commit')), 0),
               coalesce(sum(amount * probability / 100)
                        filter (where category in ('pipeline', 'best_case', 'commit')), 0),
               %s
        from deals
        group by key
        """
            .formatted(
                key,
                where.param("reporting", reporting),
                groupBy == GroupBy.region ? "join account a on a.id = o.account_id" : "",
                where.param("owners", owners.toArray(UUID[]::new)),
                where.param("start", period.start()),
                where.param("end", period.endExclusive()),
                ExchangeRates.missingRatesSql("amount", "currency", "close_date"));
    List<Object[]> rows = where.bind(em.createNativeQuery(sql)).getResultList();
    return rows.stream()
        .map(
            r ->
                new RowTotals(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    (BigDecimal) r[5],
                    (BigDecimal) r[6],
                    (BigDecimal) r[7],
                    (BigDecimal) r[8],
                    (BigDecimal) r[9],
                    r[10] == null ? List.of() : Arrays.asList((String[]) r[10])))
        .toList();
  }

  /**
   * The quotas of these staff within the period, in the reporting currency (rate of its first
   * month). Expects quota_staff_start_idx.
   */
  @SuppressWarnings("unchecked")
  List<QuotaRow> quotas(List<UUID> staff, FiscalPeriod period, String reporting) {
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select q.staff_id, q.period,
                       q.amount * case when q.currency = :reporting then 1 else fx.rate end,
                       case when q.currency <> :reporting and fx.rate is null
                            then q.currency || ' ' || to_char(q.period_start, 'YYYY-MM') end
                from quota q
                left join exchange_rate fx
                       on fx.currency = q.currency and fx.month = cast(date_trunc('month', q.period_start) as date)
                where q.staff_id in (:staff) and q.period_start >= :start and q.period_end <= :end
                """)
            .setParameter("staff", staff)
            .setParameter("reporting", reporting)
            .setParameter("start", period.start())
            .setParameter("end", period.end())
            .getResultList();
    return rows.stream()
        .map(r -> new QuotaRow((UUID) r[0], (String) r[1], (BigDecimal) r[2], (String) r[3]))
        .toList();
  }

  /** Direct reports of `root` as (id, name), by name then id; staff_manager_idx. */
  @SuppressWarnings("unchecked")
  List<Object[]> reports(UUID root) {
    return em.createNativeQuery(
            "select id, name from staff where manager_id = :root order by name, id")
        .setParameter("root", root)
        .getResultList();
  }

  /**
   * The latest call of one staff member for the period (see {@link #latestCalls}); null if none.
   */
  Call latestCall(UUID staff, FiscalPeriod period, int scale) {
    return latestCalls(List.of(staff), period, scale).get(staff);
  }

  /**
   * The latest call of each of these staff for the period, with its latest adjustment if any.
   * Expects forecast_submission_staff_idx and forecast_adjustment_submission_idx.
   */
  @SuppressWarnings("unchecked")
  Map<UUID, Call> latestCalls(Collection<UUID> staff, FiscalPeriod period, int scale) {
    List<Object[]> rows =
        em.createNativeQuery(
                """
                select distinct on (s.staff_id) s.staff_id, s.id, s.commit, s.best_case, s.submitted_at,
                       a.commit, a.best_case, a.adjusted_at
                from forecast_submission s
                left join lateral (
                  select * from forecast_adjustment a where a.submission_id = s.id
                  order by a.adjusted_at desc, a.id desc limit 1
                ) a on true
                where s.staff_id in (:staff) and s.period = :period
                order by s.staff_id, s.submitted_at desc, s.id desc
                """)
            .setParameter("staff", staff)
            .setParameter("period", period.label())
            .getResultList();
    Map<UUID, Call> calls = new HashMap<>();
    for (Object[] r : rows) {
      BigDecimal commit = ((BigDecimal) r[2]).setScale(scale);
      BigDecimal bestCase = ((BigDecimal) r[3]).setScale(scale);
      boolean adjusted = r[7] != null;
      calls.put(
          (UUID) r[0],
          new Call(
              (UUID) r[1],
              commit,
              bestCase,
              (Instant) r[4],
              adjusted ? ((BigDecimal) r[5]).setScale(scale) : commit,
              adjusted ? ((BigDecimal) r[6]).setScale(scale) : bestCase,
              adjusted ? (Instant) r[7] : null));
    }
    return calls;
  }
}
