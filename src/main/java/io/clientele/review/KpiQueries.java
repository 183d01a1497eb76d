package io.clientele.review;

import io.clientele.common.FiscalPeriod;
import io.clientele.fx.ExchangeRates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The figures behind a reviewee's KPIs, in one statement: their deals closed in the cycle (read
 * through opportunity_owner_stage_close_idx, closed stages only), their deals created in it
 * (opportunity_created_idx), their accounts (account_owner_name_idx) and those accounts' client
 * reviews dated in the cycle (client_review_account_date_idx). Won deals are those in category
 * closed and count at their close month's rate, exactly as in a forecast.
 */
@ApplicationScoped
class KpiQueries {
  private final EntityManager em;

  KpiQueries(EntityManager em) {
    this.em = em;
  }

  record Facts(
      long wonCount,
      BigDecimal closedWon,
      long lostCount,
      BigDecimal pipelineCreated,
      long accountsRetained,
      long accountsChurned,
      BigDecimal averageSatisfaction,
      List<String> missingRates) {}

  /** The reviewee's deals and accounts for the cycle, in the reporting currency (see above). */
  Facts facts(UUID reviewee, FiscalPeriod cycle, String reporting) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    """
                    with closed as (
                      select o.forecast_category = 'closed' as won, o.currency, o.close_date,
                             o.amount * case when o.currency = :reporting then 1 else fx.rate end as amount
                      from opportunity o
                      join pipeline_stage s on s.key = o.stage and s.closed
                      left join exchange_rate fx
                             on fx.currency = o.currency and fx.month = cast(date_trunc('month', o.close_date) as date)
                      where o.owner_id = :reviewee and o.deleted_at is null
                        and o.close_date >= :start and o.close_date < :end
                    ),
                    created as (
                      select o.currency, o.created_at at time zone 'UTC' as created,
                             o.amount * case when o.currency = :reporting then 1 else fx.rate end as amount
                      from opportunity o
                      left join exchange_rate fx
                             on fx.currency = o.currency
                            and fx.month = cast(date_trunc('month', o.created_at at time zone 'UTC') as date)
                      where o.owner_id = :reviewee and o.deleted_at is null
                        and o.created_at >= :startAt and o.created_at < :endAt
                    ),
                    owned as (
                      select a.id, a.status from account a
                      where a.owner_id = :reviewee and a.deleted_at is null and a.created_at < :endAt
                    ),
                    scored as (
                      select r.satisfaction from owned o
                      join client_review r on r.account_id = o.id and r.deleted_at is null
                       and r.date >= :start and r.date < :end
                    ),
                    won as (select * from closed where won)
                    select (select count(*) from won),
                           (select coalesce(sum(amount), 0) from won),
                           (select count(*) from closed where not won),
                           (select coalesce(sum(amount), 0) from created),
                           (select count(*) filter (where status <> 'churned') from owned),
                           (select count(*) filter (where status = 'churned') from owned),
                           (select avg(satisfaction) from scored),
                           array(select m from (select %s as missing from won union all select %s from created) r,
                                 unnest(r.missing) m group by m order by m)
                    """
                        .formatted(
                            ExchangeRates.missingRatesSql("amount", "currency", "close_date"),
                            ExchangeRates.missingRatesSql("amount", "currency", "created")))
                .setParameter("reviewee", reviewee)
                .setParameter("reporting", reporting)
                .setParameter("start", cycle.start())
                .setParameter("end", cycle.endExclusive())
                .setParameter("startAt", cycle.start().atStartOfDay().toInstant(ZoneOffset.UTC))
                .setParameter(
                    "endAt", cycle.endExclusive().atStartOfDay().toInstant(ZoneOffset.UTC))
                .getSingleResult();
    return new Facts(
        ((Number) row[0]).longValue(),
        (BigDecimal) row[1],
        ((Number) row[2]).longValue(),
        (BigDecimal) row[3],
        ((Number) row[4]).longValue(),
        ((Number) row[5]).longValue(),
        (BigDecimal) row[6],
        Arrays.asList((String[]) row[7]));
  }
}
