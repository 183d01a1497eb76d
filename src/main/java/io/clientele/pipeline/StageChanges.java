package io.clientele.pipeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a stage's PATCH may change: relabel, reorder, new defaults, retire or revive. */
@Schema(name = "StageChanges")
public record StageChanges(
    @Schema(example = "Negotiation") @NotBlank @Size(max = 100) String label,
    @Schema(example = "40") @NotNull @Min(0) @Max(10000) Integer position,
    @Schema(example = "75") @NotNull @Min(0) @Max(100) Integer defaultProbability,
    @Schema(example = "commit") @NotNull ForecastCategory forecastCategory,
    @Schema(example = "false") @NotNull Boolean retired) {

  static StageChanges from(Stage stage) {
    return new StageChanges(
        stage.label,
        stage.position,
        stage.defaultProbability,
        stage.forecastCategory,
        stage.retired);
  }
}
