package io.clientele.forecast;

import static org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonFormat.Shape;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The forecast of a staff member (or their team) for a fiscal period, computed from the deals whose
 * close date falls in it, in the reporting currency (each amount at its close month's rate).
 */
@Schema(
    name = "ForecastDocument",
    description =
        """
        Money fields are exact decimal strings in `currency`, rounded half-even to its decimals; \
        ratios are numbers rounded half-even to 4 places, null when the divisor is zero or below \
        (coverage) or there is no quota.""",
    example =
        """
        {"period": "2026-Q4", "start": "2026-10-01", "end": "2026-12-31", "currency": "USD",
         "staffId": "00000000-0000-4000-8000-000000000003", "scope": "team", "groupBy": "staff",
         "generatedAt": "2026-11-25T12:00:00Z",
         "rows": [
          {"key": "00000000-0000-4000-8000-000000000003", "staffId": "00000000-0000-4000-8000-000000000003",
           "name": "Dana Director (own deals)", "quota": "700000.00", "closedWon": "0.00", "commit": "0.00",
           "bestCase": "0.00", "pipeline": "95000.00", "weightedPipeline": "19000.00", "gap": "700000.00",
           "attainment": 0, "coverage": 0.1357,
           "dealCounts": {"pipeline": 1, "best_case": 0, "commit": 0, "closed": 0}},
          {"key": "00000000-0000-4000-8000-000000000004", "staffId": "00000000-0000-4000-8000-000000000004",
           "name": "Max Manager", "quota": "500000.00", "closedWon": "120000.00", "commit": "260000.00",
           "bestCase": "340000.00", "pipeline": "610000.00", "weightedPipeline": "221500.00", "gap": "240000.00",
           "attainment": 0.24, "coverage": 1.6053,
           "dealCounts": {"pipeline": 9, "best_case": 3, "commit": 4, "closed": 2}}],
         "total": {"key": "total", "staffId": "00000000-0000-4000-8000-000000000003", "name": "Total",
           "quota": "1200000.00", "closedWon": "120000.00", "commit": "260000.00", "bestCase": "340000.00",
           "pipeline": "705000.00", "weightedPipeline": "240500.00", "gap": "940000.00", "attainment": 0.1,
           "coverage": 0.6528, "dealCounts": {"pipeline": 10, "best_case": 3, "commit": 4, "closed": 2}}}
        """)
public record ForecastDocument(
    @Schema(example = "2026-Q4") String period,
    @Schema(description = "First day of the period", example = "2026-10-01") LocalDate start,
    @Schema(description = "Last day of the period", example = "2026-12-31") LocalDate end,
    @Schema(description = "The reporting currency of every money field", example = "USD")
        String currency,
    @Schema(description = "Whose forecast") UUID staffId,
    @Schema(
            description = "own: their deals only; team: theirs and everyone's below them",
            example = "team")
        String scope,
    @Schema(
            description =
                """
                staff: one row per direct report (their whole team) plus one for the staff \
                member's own deals; region: per account region; month: per close month""",
            example = "staff")
        String groupBy,
    @Schema(description = "When it was computed") Instant generatedAt,
    @Schema(
            description =
                """
                groupBy=staff: the staff member's own deals first, then each direct report by \
                name; region: by region name (no region last); month: by month""")
        List<Row> rows,
    @Schema(description = "Everything in the document added up") Row total) {

  @Schema(name = "ForecastRow")
  public record Row(
      @Schema(
              description =
                  "The staff id, region or month (yyyy-MM) of the row; `total` for the total",
              example = "00000000-0000-4000-8000-000000000004")
          String key,
      @Schema(
              description = "The staff member of the row; null for region and month rows",
              nullable = true)
          UUID staffId,
      @Schema(example = "Max Manager") String name,
      @Schema(
              type = STRING,
              format = "decimal",
              description =
                  """
                  The period's quota: the quota of the row's staff member for exactly this period, \
                  else the sum of their quotas of its halves or quarters; null when none is set. \
                  The total has the staff member's quota (their team's), else the sum of their \
                  direct reports' quotas. With groupBy=staff the rows add up to it: the own-deals \
                  row of someone with reports holds the part of the team's quota no direct report \
                  holds (zero when the reports' quotas make it up, negative when they exceed it). \
                  Region and month rows have none.""",
              nullable = true,
              example = "500000.00")
          @JsonFormat(shape = Shape.STRING)
          BigDecimal quota,
      @Schema(type = STRING, format = "decimal", description = "Won deals", example = "120000.00")
          @JsonFormat(shape = Shape.STRING)
          BigDecimal closedWon,
      @Schema(
              type = STRING,
              format = "decimal",
              description = "closedWon + open deals in category commit",
              example = "260000.00")
          @JsonFormat(shape = Shape.STRING)
          BigDecimal commit,
      @Schema(
              type = STRING,
              format = "decimal",
              description = "commit + open deals in category best_case",
              example = "340000.00")
          @JsonFormat(shape = Shape.STRING)
          BigDecimal bestCase,
      @Schema(
              type = STRING,
              format = "decimal",
              description = "Open deals in categories pipeline, best_case and commit",
              example = "610000.00")
          @JsonFormat(shape = Shape.STRING)
          BigDecimal pipeline,
      @Schema(
              type = STRING,
              format = "decimal",
              description = "Σ amount × probability / 100 over those open deals",
              example = "221500.00")
          @JsonFormat(shape = Shape.STRING)
          BigDecimal weightedPipeline,
      @Schema(
              type = STRING,
              format = "decimal",
              description = "quota − commit (negative when ahead); null without a quota",
              nullable = true,
              example = "240000.00")
          @JsonFormat(shape = Shape.STRING)
          BigDecimal gap,
      @Schema(description = "closedWon / quota", nullable = true, example = "0.24")
          BigDecimal attainment,
      @Schema(
              description = "pipeline / (quota − closedWon); null when that is zero or below",
              nullable = true,
              example = "1.6053")
          BigDecimal coverage,
      DealCounts dealCounts,
      @Schema(
              description =
                  """
                  The latest call of the row's staff member for the period, as submitted and as \
                  adjusted by their director; null without one (and for region and month rows)""",
              nullable = true)
          Call call) {}

  @Schema(
      name = "ForecastDealCounts",
      description = "Open deals per category, and won deals as closed")
  public record DealCounts(
      @Schema(example = "9") long pipeline,
      @JsonProperty("best_case") @Schema(example = "3") long bestCase,
      @Schema(example = "4") long commit,
      @Schema(example = "2") long closed) {}
}
