package io.clientele.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewRating", description = "One competency rated from 1 to 5")
public record Rating(
    @Schema(
            description =
                "A competency key (GET /reviews/competencies); a retired one only if the review rated it already",
            example = "forecasting_discipline")
        @NotBlank
        String competency,
    @Schema(description = "1 (far below) to 5 (far above expectations)", example = "4")
        @NotNull
        @Min(1)
        @Max(5)
        Integer rating,
    @Schema(nullable = true, example = "Calls were within 5 % all year") @Size(max = 2000)
        String comment) {}
