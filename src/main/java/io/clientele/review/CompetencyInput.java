package io.clientele.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompetencyInput", description = "A new competency")
public record CompetencyInput(
    @Schema(
            description = "Lower-case letters, digits and underscores; unique",
            example = "client_advocacy")
        @NotBlank
        @Pattern(
            regexp = "^[a-z][a-z0-9_]{0,49}$",
            message = "lower-case letters, digits and underscores, starting with a letter")
        String key,
    @Schema(example = "Client advocacy") @NotBlank @Size(max = 100) String label,
    @Schema(example = "60") @NotNull @Min(0) @Max(10000) Integer position) {}
