package io.clientele.pnl;

import io.clientele.common.Timestamps;
import io.clientele.fx.ExchangeRates;
import io.clientele.staff.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Receivables aging: what the accounts the caller may see owed at the end of a day, by days past
 * due, with DSO, computed from invoices and dated payments so any past day can be asked for.
 */
@ApplicationScoped
public class ReceivablesService {
  /** DSO measures the receivables against the sales of this many days up to asOf. */
  static final int DSO_WINDOW_DAYS = 90;

  static final int LONG_OUTSTANDING_LIMIT = 100;

  @Schema(name = "AgingGroupBy")
  public enum GroupBy {
    account,
    director
  }

  private final ReceivablesQueries queries;
  private final ExchangeRates rates;
  private final Caller caller;

  public ReceivablesService(ReceivablesQueries queries, ExchangeRates rates, Caller caller) {
    this.queries = queries;
    this.rates = rates;
    this.caller = caller;
  }

  public AgingReport aging(LocalDate asOfParam, GroupBy groupBy) {
    LocalDate asOf =
        asOfParam == null ? LocalDate.ofInstant(Timestamps.now(), ZoneOffset.UTC) : asOfParam;
    String reporting = rates.reportingCurrency();
    int decimals = rates.reportingDecimals();
    List<ReceivablesQueries.Group> found =
        queries.groups(caller.visibility(), asOf, groupBy, reporting, decimals);
    List<String> missing =
        found.stream()
            .filter(g -> g.missingRates() != null)
            .flatMap(g -> Arrays.stream(g.missingRates()))
            .distinct()
            .sorted()
            .toList();
    if (!missing.isEmpty()) {
      throw ExchangeRates.missing(missing);
    }
    List<AgingReport.Row> rows = new ArrayList<>();
    BigDecimal[] total = zeros(6);
    for (ReceivablesQueries.Group g : found) {
      BigDecimal[] figures = new BigDecimal[6];
      for (int i = 0; i < 6; i++) {
        figures[i] = g.figures()[i].setScale(decimals, RoundingMode.UNNECESSARY);
        total[i] = total[i].add(figures[i]);
      }
      String name = g.key().isEmpty() ? "(no director)" : g.name();
      rows.add(row(g.key(), name, figures));
    }
    rows.sort(
        Comparator.comparing((AgingReport.Row r) -> r.key().isEmpty())
            .thenComparing(r -> r.name() == null ? "" : r.name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(AgingReport.Row::key));
    for (int i = 0; i < 6; i++) {
      total[i] = total[i].setScale(decimals, RoundingMode.UNNECESSARY);
    }
    ReceivablesQueries.Overdue overdue =
        queries.overdue(caller.visibility(), asOf, reporting, decimals, LONG_OUTSTANDING_LIMIT);
    return new AgingReport(
        asOf,
        groupBy,
        reporting,
        DSO_WINDOW_DAYS,
        rows,
        row("total", "Total", total),
        overdue.invoices(),
        overdue.count());
  }

  /** figures: current, 1-30, 31-60, 61-90, 90+, sales. */
  private static AgingReport.Row row(String key, String name, BigDecimal[] figures) {
    BigDecimal outstanding =
        figures[0].add(figures[1]).add(figures[2]).add(figures[3]).add(figures[4]);
    BigDecimal sales = figures[5];
    BigDecimal dso =
        sales.signum() == 0
            ? null
            : outstanding
                .multiply(BigDecimal.valueOf(DSO_WINDOW_DAYS))
                .divide(sales, 1, RoundingMode.HALF_EVEN);
    return new AgingReport.Row(
        key,
        name,
        figures[0],
        figures[1],
        figures[2],
        figures[3],
        figures[4],
        outstanding,
        sales,
        dso);
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] zeros = new BigDecimal[n];
    Arrays.fill(zeros, BigDecimal.ZERO);
    return zeros;
  }
}
