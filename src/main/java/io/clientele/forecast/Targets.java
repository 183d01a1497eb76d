package io.clientele.forecast;

import io.clientele.common.FiscalPeriod;
import io.clientele.fx.ExchangeRates;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A staff member's own target for a period, for other features (reviews), which have checked the
 * caller may see it; this class does not.
 */
@ApplicationScoped
public class Targets {
  private final ForecastQueries queries;
  private final ExchangeRates rates;

  public Targets(ForecastQueries queries, ExchangeRates rates) {
    this.queries = queries;
    this.rates = rates;
  }

  /**
   * Exact in the reporting currency: their quota (resolved as in the forecast; null when none is
   * set) and the commit of their last submission (null when none).
   */
  public record Target(BigDecimal quota, BigDecimal lastSubmittedCommit) {}

  public Target of(UUID staffId, FiscalPeriod period) {
    List<String> missing = new ArrayList<>();
    var quotas =
        QuotaRollup.byStaff(
            queries.quotas(List.of(staffId), period, rates.reportingCurrency()),
            q -> missing.add(q.missingRate()));
    if (!missing.isEmpty()) {
      throw ExchangeRates.missing(missing);
    }
    Call call = queries.latestCall(staffId, period, rates.reportingDecimals());
    return new Target(
        QuotaRollup.resolve(quotas.get(staffId), period), call == null ? null : call.commit());
  }
}
