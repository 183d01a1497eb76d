package io.clientele.pipeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new stage. Key, closed and won are fixed once created: deals already rely on them. */
@Schema(name = "StageInput")
public record StageInput(
    @Schema(example = "discovery")
        @NotNull
        @Pattern(
            regexp = "^[a-z][a-z0-9_]{0,39}$",
            message = "must be 1-40 lower-case letters, digits or '_', starting with a letter")
        String key,
    @Schema(example = "Discovery") @NotBlank @Size(max = 100) String label,
    @Schema(description = "Order in the pipeline, ascending", example = "15")
        @NotNull
        @Min(0)
        @Max(10000)
        Integer position,
    @Schema(example = "15") @NotNull @Min(0) @Max(100) Integer defaultProbability,
    @Schema(example = "pipeline") @NotNull ForecastCategory forecastCategory,
    @Schema(description = "Defaults to false", example = "false") Boolean closed,
    @Schema(description = "Defaults to false; only a closed stage can be won", example = "false")
        Boolean won) {}
