package io.clientele.pipeline;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The pipeline of a staff member (or their team) for a period: deals whose close date falls in it,
 * in the reporting currency. Money is an exact decimal string rounded half-even to the currency's
 * decimals; ratios are numbers rounded half-even to 4 places, null when undefined.
 */
@Schema(name = "PipelineSummary")
public record PipelineSummary(
    @Schema(example = "2026-Q4") String period,
    @Schema(example = "2026-10-01") LocalDate start,
    @Schema(example = "2026-12-31") LocalDate end,
    @Schema(description = "The reporting currency of every amount", example = "USD")
        String currency,
    UUID staffId,
    @Schema(
            description = "own: the staff member's deals; team: theirs and everyone's below them",
            example = "team")
        OpportunityQueries.Scope scope,
    Instant generatedAt,
    @Schema(
            description =
                "One row per stage, in pipeline order (retired stages only when they hold deals)")
        List<StageRow> stages,
    Totals totals,
    @Schema(description = "Deals won in the period", example = "4") long wonCount,
    @Schema(description = "Deals lost in the period", example = "2") long lostCount,
    @Schema(description = "wonCount / (wonCount + lostCount)", nullable = true, example = "0.6667")
        BigDecimal winRate,
    @Schema(type = SchemaType.STRING, format = "decimal", example = "480000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal wonAmount,
    @Schema(
            type = SchemaType.STRING,
            format = "decimal",
            description = "wonAmount / wonCount",
            nullable = true,
            example = "120000.00")
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        BigDecimal averageDealSize,
    @Schema(description = "Deals created in the period, at the rate of their creation month")
        Created created,
    @Schema(
            description =
                """
                For each open stage: of the deals that entered it, how many later reached a \
                further stage that is not lost""")
        List<Conversion> conversions) {

  @Schema(name = "PipelineStageRow")
  public record StageRow(
      @Schema(example = "negotiation") String stage,
      @Schema(example = "Negotiation") String label,
      boolean closed,
      boolean won,
      @Schema(example = "4") long count,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "310000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal amount,
      @Schema(
              type = SchemaType.STRING,
              format = "decimal",
              description = "Σ amount × probability / 100",
              example = "232500.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal weightedAmount,
      @Schema(
              description =
                  """
                  Mean days the period's deals spent in this stage, over stays that have ended \
                  (from the history), 2 decimals""",
              nullable = true,
              example = "12.5")
          BigDecimal averageDaysInStage) {}

  @Schema(name = "PipelineTotals")
  public record Totals(
      @Schema(example = "23") long count,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "1210000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal amount,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "655000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal weightedAmount) {}

  @Schema(name = "PipelineCreated")
  public record Created(
      @Schema(example = "9") long count,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "415000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal amount) {}

  @Schema(name = "PipelineConversion")
  public record Conversion(
      @Schema(example = "proposal") String from,
      @Schema(description = "Deals that entered the stage", example = "10") long entered,
      @Schema(
              description = "Of those, deals that later reached a further, not lost, stage",
              example = "6")
          long advanced,
      @Schema(description = "advanced / entered", nullable = true, example = "0.6")
          BigDecimal rate) {}
}
