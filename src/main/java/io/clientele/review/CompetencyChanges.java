package io.clientele.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a competency's PATCH may change: relabel, reorder, retire or revive. */
@Schema(name = "CompetencyChanges")
public record CompetencyChanges(
    @Schema(example = "Client advocacy") @NotBlank @Size(max = 100) String label,
    @Schema(example = "60") @NotNull @Min(0) @Max(10000) Integer position,
    @Schema(example = "true") @NotNull Boolean retired) {

  static CompetencyChanges from(Competency competency) {
    return new CompetencyChanges(competency.label, competency.position, competency.retired);
  }
}
