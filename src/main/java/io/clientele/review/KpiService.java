package io.clientele.review;

import io.clientele.common.FiscalCalendar;
import io.clientele.common.FiscalPeriod;
import io.clientele.forecast.Targets;
import io.clientele.fx.ExchangeRates;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A reviewee's KPIs for a cycle, by the formulas of DESIGN.md ("Review KPIs"): the forecast gives
 * the quota and the last call, {@link KpiQueries} the deals and accounts. Sums stay exact until the
 * end: money is rounded half-even to the reporting currency's decimals, ratios to 4 places.
 */
@ApplicationScoped
class KpiService {
  private final Targets targets;
  private final KpiQueries queries;
  private final ExchangeRates rates;
  private final FiscalCalendar calendar;

  KpiService(Targets targets, KpiQueries queries, ExchangeRates rates, FiscalCalendar calendar) {
    this.targets = targets;
    this.queries = queries;
    this.rates = rates;
    this.calendar = calendar;
  }

  /** The KPIs of a review's reviewee for its cycle, computed now. */
  Kpis live(Review review) {
    return live(review.revieweeId, cycleOf(review));
  }

  private FiscalPeriod cycleOf(Review review) {
    FiscalPeriod period = calendar.periodField("cycle", review.cycle);
    // the days the review was made for, even if the fiscal calendar has moved since
    return new FiscalPeriod(review.cycle, period.kind(), review.cycleStart, review.cycleEnd);
  }

  private Kpis live(UUID reviewee, FiscalPeriod cycle) {
    String currency = rates.reportingCurrency();
    int decimals = rates.reportingDecimals();
    KpiQueries.Facts facts = queries.facts(reviewee, cycle, currency);
    if (!facts.missingRates().isEmpty()) {
      throw ExchangeRates.missing(facts.missingRates());
    }
    Targets.Target target = targets.of(reviewee, cycle);
    BigDecimal quota = target.quota();
    BigDecimal closedWon = facts.closedWon();
    long won = facts.wonCount();
    long closed = won + facts.lostCount();
    BigDecimal commit = target.lastSubmittedCommit();
    BigDecimal accuracy =
        commit == null || closedWon.signum() == 0
            ? null
            : BigDecimal.ONE
                .subtract(ratio(commit.subtract(closedWon).abs(), closedWon))
                .max(BigDecimal.ZERO.setScale(4));
    return new Kpis(
        cycle.label(),
        currency,
        false,
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        money(quota, decimals),
        money(closedWon, decimals),
        quota == null || quota.signum() <= 0 ? null : ratio(closedWon, quota),
        won,
        facts.lostCount(),
        closed == 0 ? null : ratio(BigDecimal.valueOf(won), BigDecimal.valueOf(closed)),
        won == 0
            ? null
            : closedWon.divide(BigDecimal.valueOf(won), decimals, RoundingMode.HALF_EVEN),
        money(facts.pipelineCreated(), decimals),
        facts.accountsRetained(),
        facts.accountsChurned(),
        facts.averageSatisfaction() == null
            ? null
            : facts.averageSatisfaction().setScale(2, RoundingMode.HALF_EVEN),
        money(commit, decimals),
        accuracy);
  }

  private static BigDecimal money(BigDecimal amount, int decimals) {
    return amount == null ? null : amount.setScale(decimals, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal ratio(BigDecimal numerator, BigDecimal divisor) {
    return numerator.divide(divisor, 4, RoundingMode.HALF_EVEN);
  }
}
