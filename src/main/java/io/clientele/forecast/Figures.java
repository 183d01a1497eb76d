package io.clientele.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/** Turns exact sums into the document's figures: money rounded at the end, ratios to 4 places. */
final class Figures {
  private static final ForecastQueries.RowTotals EMPTY = new Sum().totals("");

  private final int decimals;

  Figures(int decimals) {
    this.decimals = decimals;
  }

  ForecastDocument.Row row(
      String key,
      UUID staffId,
      String name,
      BigDecimal quota,
      ForecastQueries.RowTotals t,
      Call call) {
    ForecastQueries.RowTotals totals = t == null ? EMPTY : t;
    BigDecimal commit = totals.closedWon().add(totals.commitOpen());
    BigDecimal bestCase = commit.add(totals.bestCaseOpen());
    BigDecimal remaining = quota == null ? null : quota.subtract(totals.closedWon());
    return new ForecastDocument.Row(
        key,
        staffId,
        name,
        money(quota),
        money(totals.closedWon()),
        money(commit),
        money(bestCase),
        money(totals.pipeline()),
        money(totals.weighted()),
        quota == null ? null : money(quota.subtract(commit)),
        ratio(totals.closedWon(), quota),
        ratio(totals.pipeline(), remaining),
        new ForecastDocument.DealCounts(
            totals.pipelines(), totals.bestCases(), totals.commits(), totals.won()),
        call);
  }

  private BigDecimal money(BigDecimal amount) {
    return amount == null ? null : amount.setScale(decimals, RoundingMode.HALF_EVEN);
  }

  /** Rounded half-even to 4 places; null when the divisor is missing, zero or below. */
  private static BigDecimal ratio(BigDecimal numerator, BigDecimal divisor) {
    return divisor == null || divisor.signum() <= 0
        ? null
        : numerator.divide(divisor, 4, RoundingMode.HALF_EVEN);
  }

  /** Exact sums of several lines of totals (owners into a row, rows into the total). */
  static final class Sum {
    private long won;
    private long commits;
    private long bestCases;
    private long pipelines;
    private BigDecimal closedWon = BigDecimal.ZERO;
    private BigDecimal commitOpen = BigDecimal.ZERO;
    private BigDecimal bestCaseOpen = BigDecimal.ZERO;
    private BigDecimal pipeline = BigDecimal.ZERO;
    private BigDecimal weighted = BigDecimal.ZERO;

    void add(ForecastQueries.RowTotals t) {
      if (t == null) {
        return;
      }
      won += t.won();
      commits += t.commits();
      bestCases += t.bestCases();
      pipelines += t.pipelines();
      closedWon = closedWon.add(t.closedWon());
      commitOpen = commitOpen.add(t.commitOpen());
      bestCaseOpen = bestCaseOpen.add(t.bestCaseOpen());
      pipeline = pipeline.add(t.pipeline());
      weighted = weighted.add(t.weighted());
    }

    ForecastQueries.RowTotals totals() {
      return totals("total");
    }

    private ForecastQueries.RowTotals totals(String key) {
      return new ForecastQueries.RowTotals(
          key,
          won,
          commits,
          bestCases,
          pipelines,
          closedWon,
          commitOpen,
          bestCaseOpen,
          pipeline,
          weighted,
          List.of());
    }
  }
}
