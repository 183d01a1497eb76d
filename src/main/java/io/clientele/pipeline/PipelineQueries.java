package io.clientele.pipeline;

import io.clientele.common.FiscalPeriod;
import io.clientele.fx.ExchangeRates;
import io.clientele.web.SqlWhere;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Set-based SQL for the pipeline summary. Every query reads the same deal set: live deals whose
 * close date falls in the period, owned by the staff member (own) or anyone at or below them
 * (team). Expects opportunity_owner_close_idx, which covers every column these queries read.
 */
@ApplicationScoped
public class PipelineQueries {
  private final EntityManager em;

  public PipelineQueries(EntityManager em) {
    this.em = em;
  }

  record StageTotals(
      String stage,
      String label,
      boolean closed,
      boolean won,
      long count,
      BigDecimal amount,
      BigDecimal weighted,
      List<String> missingRates) {}

  record StageVelocity(
      String stage, boolean closed, long stays, BigDecimal seconds, long entered, long advanced) {

    /** Mean days of the stays that have ended, 2 decimals; null when none has. */
    BigDecimal averageDays() {
      return stays == 0
          ? null
          : seconds.divide(BigDecimal.valueOf(stays * 86400L), 2, RoundingMode.HALF_EVEN);
    }
  }

  record CreatedTotals(long count, BigDecimal amount, List<String> missingRates) {}

  record Won(BigDecimal amount, List<String> missingRates) {}

  /**
   * The deal (alias `deal`) amount in the reporting currency (the placeholder `reporting`): at 1 in
   * that currency, else at the rate of its close month ({@link #closeMonthRate} joins it as `fx`),
   * null without one. The one conversion of the pipeline's figures; sums are rounded half-even to
   * the reporting currency's decimals once added up.
   */
  private static String converted(String deal, String reporting) {
    return "%1$s.amount * case when %1$s.currency = %2$s then 1 else fx.rate end"
        .formatted(deal, reporting);
  }

  /** The join {@link #converted} reads the close month's rate from. */
  private static String closeMonthRate(String deal) {
    return ("left join exchange_rate fx on fx.currency = %1$s.currency"
            + " and fx.month = cast(date_trunc('month', %1$s.close_date) as date)")
        .formatted(deal);
  }

  /**
   * One account's live deals in a won stage closing in the period: their amounts converted as the
   * summary converts them, added up (unrounded), and the rates missing. Expects
   * opportunity_account_idx.
   */
  Won accountWon(UUID accountId, FiscalPeriod period, String reporting) {
    SqlWhere where = new SqlWhere();
    String sql =
        """
        with won as (
          select o.currency, o.close_date, %s as amount
          from opportunity o
          join pipeline_stage s on s.key = o.stage and s.won
          %s
          where o.account_id = %s and o.deleted_at is null
            and o.close_date >= %s and o.close_date < %s
        )
        select coalesce(sum(amount), 0), %s from won
        """
            .formatted(
                converted("o", where.param("reporting", reporting)),
                closeMonthRate("o"),
                where.param("account", accountId),
                where.param("start", period.start()),
                where.param("end", period.endExclusive()),
                ExchangeRates.missingRatesSql("amount", "currency", "close_date"));
    Object[] r = (Object[]) where.bind(em.createNativeQuery(sql)).getSingleResult();
    return new Won((BigDecimal) r[0], texts(r[1]));
  }

  private static String deals(SqlWhere where, FiscalPeriod period, UUID staffId, boolean team) {
    String owners =
        team
            ? "(select id from staff_subtree(" + where.param("staffId", staffId) + "))"
            : "(" + where.param("staffId", staffId) + ")";
    return """
        select o.* from opportunity o
        where o.deleted_at is null and o.owner_id in %s
          and o.close_date >= %s and o.close_date < %s
        """
        .formatted(
            owners,
            where.param("start", period.start()),
            where.param("end", period.endExclusive()));
  }

  /**
   * Count, converted amount and weighted amount per stage. Each amount converts at the rate of its
   * close month; a currency and month without a rate is listed in missingRates instead.
   */
  @SuppressWarnings("unchecked")
  List<StageTotals> stageTotals(FiscalPeriod period, UUID staffId, boolean team, String reporting) {
    SqlWhere where = new SqlWhere();
    String sql =
        """
        with deals as (%s),
        converted as (
          select d.stage, d.probability, d.currency, d.close_date, %s as amount
          from deals d %s
        )
        select s.key, s.label, s.closed, s.won, count(c.stage),
               coalesce(sum(c.amount), 0),
               coalesce(sum(c.amount * c.probability / 100), 0),
               array_remove(array_agg(distinct case when c.amount is null and c.stage is not null
                                           then c.currency || ' ' || to_char(c.close_date, 'YYYY-MM') end), null)
        from pipeline_stage s left join converted c on c.stage = s.key
        group by s.key, s.label, s.closed, s.won, s.position, s.retired
        having not s.retired or count(c.stage) > 0
        order by s.position, s.key
        """
            .formatted(
                deals(where, period, staffId, team),
                converted("d", where.param("reporting", reporting)),
                closeMonthRate("d"));
    List<Object[]> rows = where.bind(em.createNativeQuery(sql)).getResultList();
    List<StageTotals> totals = new ArrayList<>();
    for (Object[] r : rows) {
      totals.add(
          new StageTotals(
              (String) r[0],
              (String) r[1],
              (Boolean) r[2],
              (Boolean) r[3],
              ((Number) r[4]).longValue(),
              (BigDecimal) r[5],
              (BigDecimal) r[6],
              texts(r[7])));
    }
    return totals;
  }

  /** Deals created in the period (whatever their close date), at their creation month's rate. */
  @SuppressWarnings("unchecked")
  CreatedTotals created(FiscalPeriod period, UUID staffId, boolean team, String reporting) {
    SqlWhere where = new SqlWhere();
    String owners =
        team
            ? "(select id from staff_subtree(" + where.param("staffId", staffId) + "))"
            : "(" + where.param("staffId", staffId) + ")";
    String sql =
        """
        with created as (
          select o.currency, o.created_at,
                 o.amount * case when o.currency = %s then 1 else fx.rate end as amount
          from opportunity o
          left join exchange_rate fx
                 on fx.currency = o.currency
                and fx.month = cast(date_trunc('month', o.created_at at time zone 'UTC') as date)
          where o.deleted_at is null and o.owner_id in %s
            and o.created_at >= %s and o.created_at < %s
        )
        select count(*), coalesce(sum(amount), 0),
               %s
        from created
        """
            .formatted(
                where.param("reporting", reporting),
                owners,
                "cast("
                    + where.param("start", period.start().toString())
                    + " as timestamp) at time zone 'UTC'",
                "cast("
                    + where.param("end", period.endExclusive().toString())
                    + " as timestamp) at time zone 'UTC'",
                ExchangeRates.missingRatesSql(
                    "amount", "currency", "created_at at time zone 'UTC'"));
    Object[] r = (Object[]) where.bind(em.createNativeQuery(sql)).getSingleResult();
    return new CreatedTotals(((Number) r[0]).longValue(), (BigDecimal) r[1], texts(r[2]));
  }

  /** A text[] column; array_agg over no rows is null, which means none. */
  private static List<String> texts(Object column) {
    return column == null ? List.of() : Arrays.asList((String[]) column);
  }

  /**
   * Per stage, from the velocity figures each deal keeps (no history is read): the stays that have
   * ended and their total length (average days in stage), how many deals entered it, and how many
   * of those later entered a stage further down the pipeline that is not a lost stage.
   */
  @SuppressWarnings("unchecked")
  List<StageVelocity> velocity(FiscalPeriod period, UUID staffId, boolean team) {
    SqlWhere where = new SqlWhere();
    String sql =
        """
        with deals as (%s)
        select s.key, s.closed, sum(v.stays), sum(v.seconds), count(*),
               count(*) filter (where v.furthest_later > s.position)
        from deals d
        cross join lateral (
          -- per deal, each stage of its path with the furthest not-lost stage entered after it
          select p.stage, p.stays, p.seconds,
                 max(case when not (ls.closed and not ls.won) then ls.position end)
                   over (order by p.ord rows between 1 following and unbounded following) as furthest_later
          from unnest(d.stage_path, d.stage_stays, d.stage_seconds) with ordinality as p(stage, stays, seconds, ord)
          join pipeline_stage ls on ls.key = p.stage
        ) v
        join pipeline_stage s on s.key = v.stage
        group by s.key, s.closed, s.position
        order by s.position, s.key
        """
            .formatted(deals(where, period, staffId, team));
    List<Object[]> rows = where.bind(em.createNativeQuery(sql)).getResultList();
    return rows.stream()
        .map(
            r ->
                new StageVelocity(
                    (String) r[0],
                    (Boolean) r[1],
                    ((Number) r[2]).longValue(),
                    (BigDecimal) r[3],
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue()))
        .toList();
  }
}
