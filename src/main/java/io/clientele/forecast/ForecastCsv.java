package io.clientele.forecast;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.clientele.web.Csv;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One line of the forecast as CSV (`Accept: text/csv`): its rows, then the total. */
@JsonPropertyOrder({
  "period",
  "currency",
  "key",
  "name",
  "quota",
  "closedWon",
  "commit",
  "bestCase",
  "pipeline",
  "weightedPipeline",
  "gap",
  "attainment",
  "coverage",
  "pipelineCount",
  "bestCaseCount",
  "commitCount",
  "closedCount"
})
record ForecastCsv(
    String period,
    String currency,
    String key,
    String name,
    String quota,
    String closedWon,
    String commit,
    String bestCase,
    String pipeline,
    String weightedPipeline,
    String gap,
    String attainment,
    String coverage,
    long pipelineCount,
    long bestCaseCount,
    long commitCount,
    long closedCount) {
  private static ForecastCsv row(ForecastDocument document, ForecastDocument.Row row) {
    return new ForecastCsv(
        document.period(),
        document.currency(),
        row.key(),
        row.name(),
        text(row.quota()),
        text(row.closedWon()),
        text(row.commit()),
        text(row.bestCase()),
        text(row.pipeline()),
        text(row.weightedPipeline()),
        text(row.gap()),
        text(row.attainment()),
        text(row.coverage()),
        row.dealCounts().pipeline(),
        row.dealCounts().bestCase(),
        row.dealCounts().commit(),
        row.dealCounts().closed());
  }

  private static String text(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  /** The document as CSV text. */
  static String of(ForecastDocument document) {
    List<ForecastCsv> rows = new ArrayList<>();
    document.rows().forEach(row -> rows.add(row(document, row)));
    rows.add(row(document, document.total()));
    return Csv.of(ForecastCsv.class, rows);
  }
}
