package io.clientele.review;

import io.clientele.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Competency", description = "A competency reviews rate from 1 to 5")
public record CompetencyDto(
    @Schema(description = "What ratings name; never changes", example = "forecasting_discipline")
        String key,
    @Schema(example = "Forecasting discipline") String label,
    @Schema(description = "Order on the review form, ascending", example = "30") int position,
    @Schema(
            description = "Retired competencies stay on earlier reviews but cannot be rated",
            example = "false")
        boolean retired,
    @Schema(example = "0") long version)
    implements Versioned {

  static CompetencyDto from(Competency competency) {
    return new CompetencyDto(
        competency.key,
        competency.label,
        competency.position,
        competency.retired,
        competency.version);
  }
}
