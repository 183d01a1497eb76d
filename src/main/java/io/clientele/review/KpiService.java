package io.clientele.review;

import io.clientele.common.FiscalPeriod;
import io.clientele.forecast.ForecastService;
import io.clientele.fx.ExchangeRates;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A reviewee's KPIs for a cycle, by the formulas of DESIGN.md ("Review KPIs"): the forecast gives
 * the quota and the last call, {@link ReviewQueries} the deals and accounts. Sums stay exact until
 * the end: money is rounded half-even to the reporting currency's decimals, ratios to 4 places.
 */
@ApplicationScoped
class KpiService {
  private final ForecastService forecasts;
  private final ReviewQueries queries;
  private final ExchangeRates rates;

  KpiService(ForecastService forecasts, ReviewQueries queries, ExchangeRates rates) {
    this.forecasts = forecasts;
    this.queries = queries;
    this.rates = rates;
  }

  Kpis live(UUID reviewee, FiscalPeriod cycle) {
    String currency = rates.reportingCurrency();
    int decimals = rates.reportingDecimals();
    ReviewQueries.Facts facts = queries.facts(reviewee, cycle, currency);
    if (!facts.missingRates().isEmpty()) {
      throw ExchangeRates.missing(facts.missingRates());
    }
    ForecastService.Target target = forecasts.target(reviewee, cycle);
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
