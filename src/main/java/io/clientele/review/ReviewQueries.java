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
 * The KPI figures a forecast does not already give: lost deals, pipeline created and the reviewee's
 * accounts, in one statement. Expects opportunity_owner_close_idx, opportunity_created_idx and
 * account_owner_name_idx.
 */
@ApplicationScoped
class ReviewQueries {
  private final EntityManager em;

  ReviewQueries(EntityManager em) {
    this.em = em;
  }

  record Facts(
      long lostCount,
      BigDecimal pipelineCreated,
      long accountsRetained,
      long accountsChurned,
      BigDecimal averageSatisfaction,
      List<String> missingRates) {}

  Facts facts(UUID reviewee, FiscalPeriod cycle, String reporting) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    """
                    with created as (
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
                      select a.status, a.satisfaction from account a
                      where a.owner_id = :reviewee and a.deleted_at is null and a.created_at < :endAt
                    )
                    select (select count(*) from opportunity o join pipeline_stage s on s.key = o.stage
                            where o.owner_id = :reviewee and o.deleted_at is null
                              and o.close_date >= :start and o.close_date < :end
                              and s.closed and not s.won),
                           (select coalesce(sum(amount), 0) from created),
                           (select %s from created),
                           (select count(*) filter (where status <> 'churned') from owned),
                           (select count(*) filter (where status = 'churned') from owned),
                           (select avg(satisfaction) from owned)
                    """
                        .formatted(ExchangeRates.missingRatesSql("amount", "currency", "created")))
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
        ((Number) row[3]).longValue(),
        ((Number) row[4]).longValue(),
        (BigDecimal) row[5],
        row[2] == null ? List.of() : Arrays.asList((String[]) row[2]));
  }
}
