package io.clientele.pnl;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clientele.web.Csv;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A P&L as CSV: one flat line per row, then the total (key `total`). */
final class PnlCsv {
  /** The 200 response of both P&L documents, JSON or (`Accept: text/csv`) {@link #EXAMPLE}. */
  static final String RESPONSE = "The P&L; with `Accept: text/csv`, its rows and total as CSV";

  static final String EXAMPLE =
      "key,name,period,currency,revenue,staff,third_party,media,travel,other,totalCosts,"
          + "grossProfit,margin,budgetRevenue,budgetCosts,revenueVariance,revenueVariancePercent,"
          + "costsVariance,costsVariancePercent,costOverrun\n"
          + "2026-01,,2026-01,USD,45360.00,8000.00,2500.00,13500.00,1260.00,1000.00,26260.00,"
          + "19100.00,0.4211,50000.00,25000.00,-4640.00,-0.0928,1260.00,0.0504,true\n";

  private PnlCsv() {}

  @JsonPropertyOrder({
    "key",
    "name",
    "period",
    "currency",
    "revenue",
    "staff",
    "third_party",
    "media",
    "travel",
    "other",
    "totalCosts",
    "grossProfit",
    "margin",
    "budgetRevenue",
    "budgetCosts",
    "revenueVariance",
    "revenueVariancePercent",
    "costsVariance",
    "costsVariancePercent",
    "costOverrun"
  })
  record Line(
      String key,
      String name,
      String period,
      String currency,
      String revenue,
      String staff,
      String third_party,
      String media,
      String travel,
      String other,
      String totalCosts,
      String grossProfit,
      String margin,
      String budgetRevenue,
      String budgetCosts,
      String revenueVariance,
      String revenueVariancePercent,
      String costsVariance,
      String costsVariancePercent,
      boolean costOverrun) {

    static Line of(String currency, PnlRow row) {
      return new Line(
          row.key(),
          row.name(),
          row.period(),
          currency,
          text(row.revenue()),
          text(row.costs().staff()),
          text(row.costs().thirdParty()),
          text(row.costs().media()),
          text(row.costs().travel()),
          text(row.costs().other()),
          text(row.totalCosts()),
          text(row.grossProfit()),
          text(row.margin()),
          text(row.budget().revenue()),
          text(row.budget().costs()),
          text(row.variance().revenue()),
          text(row.variance().revenuePercent()),
          text(row.variance().costs()),
          text(row.variance().costsPercent()),
          row.costOverrun());
    }
  }

  static String of(String currency, List<PnlRow> rows, PnlRow total) {
    List<Line> lines = new ArrayList<>();
    rows.forEach(row -> lines.add(Line.of(currency, row)));
    lines.add(Line.of(currency, total));
    return Csv.of(Line.class, lines);
  }

  private static String text(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }
}
