package io.clientele.pipeline;

import io.clientele.web.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StageDto", description = "A pipeline stage")
public record StageDto(
    @Schema(
            description = "Identifier used by opportunities; never changes",
            example = "negotiation")
        String key,
    @Schema(example = "Negotiation") String label,
    @Schema(description = "Order in the pipeline, ascending", example = "40") int position,
    @Schema(description = "Probability a deal takes on entering the stage", example = "75")
        int defaultProbability,
    @Schema(description = "Category a deal takes on entering the stage", example = "commit")
        ForecastCategory forecastCategory,
    @Schema(description = "Deals here are closed", example = "false") boolean closed,
    @Schema(description = "Deals here are won (closed stages only)", example = "false") boolean won,
    @Schema(
            description = "Retired stages stay on old deals but cannot be entered",
            example = "false")
        boolean retired,
    @Schema(example = "0") long version)
    implements Versioned {

  static StageDto from(Stage stage) {
    return new StageDto(
        stage.key,
        stage.label,
        stage.position,
        stage.defaultProbability,
        stage.forecastCategory,
        stage.closed,
        stage.won,
        stage.retired,
        stage.version);
  }
}
