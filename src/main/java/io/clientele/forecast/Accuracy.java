package io.clientele.forecast;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How well a staff member's calls matched what closed: for each closed period of the range, the
 * last submitted commit (and as adjusted) against the final closed won.
 */
@Schema(
    name = "ForecastAccuracy",
    description =
        """
        error = commit − closedWon (money); absolutePercentError = |error| / closedWon; bias = \
        error / closedWon (positive: over-called). Ratios rounded half-even to 4 places, null when \
        closedWon is zero or there is no call. The means are over the periods where the ratio is \
        defined.""")
public record Accuracy(
    UUID staffId,
    @Schema(example = "team") String scope,
    @Schema(example = "USD") String currency,
    @Schema(description = "The closed periods of the range, oldest first")
        List<PeriodAccuracy> periods,
    @Schema(
            description = "Mean absolute percent error of the submitted calls",
            nullable = true,
            example = "0.0812")
        BigDecimal meanAbsolutePercentError,
    @Schema(description = "Mean bias of the submitted calls", nullable = true, example = "0.0345")
        BigDecimal meanBias,
    @Schema(
            description = "Mean absolute percent error of the adjusted calls",
            nullable = true,
            example = "0.0523")
        BigDecimal meanAdjustedAbsolutePercentError,
    @Schema(description = "Mean bias of the adjusted calls", nullable = true, example = "-0.0101")
        BigDecimal meanAdjustedBias) {

  @Schema(name = "PeriodAccuracy")
  public record PeriodAccuracy(
      @Schema(example = "2026-Q3") String period,
      LocalDate start,
      LocalDate end,
      @Schema(type = SchemaType.STRING, format = "decimal", example = "480000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal closedWon,
      @Schema(
              description = "The last call of the period; null when none was submitted",
              nullable = true)
          Call call,
      @Schema(type = SchemaType.STRING, format = "decimal", nullable = true, example = "20000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal error,
      @Schema(nullable = true, example = "0.0417") BigDecimal absolutePercentError,
      @Schema(nullable = true, example = "0.0417") BigDecimal bias,
      @Schema(type = SchemaType.STRING, format = "decimal", nullable = true, example = "-5000.00")
          @JsonFormat(shape = JsonFormat.Shape.STRING)
          BigDecimal adjustedError,
      @Schema(nullable = true, example = "0.0104") BigDecimal adjustedAbsolutePercentError,
      @Schema(nullable = true, example = "-0.0104") BigDecimal adjustedBias) {}
}
