package io.clientele.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "ReviewInput",
    description =
        "A new draft review. Only revieweeId and cycle are required; the rest may follow while it is a draft.")
public record ReviewInput(
    @Schema(description = "A member of the caller's team (not the caller)") @NotNull
        UUID revieweeId,
    @Schema(description = "A fiscal period: year, half, quarter or month", example = "2026-H2")
        @NotBlank
        String cycle,
    @Schema(
            description =
                """
                Someone above the reviewee (in the caller's team, unless an admin asks); the \
                reviewee's manager when not given""",
            nullable = true)
        UUID reviewerId,
    @Schema(description = "At most one rating per competency", nullable = true) @Size(max = 50)
        List<@Valid @NotNull Rating> ratings,
    @Schema(nullable = true) @Size(max = 50) List<@Valid @NotNull Goal> goals,
    @Schema(nullable = true) @Size(max = 10000) String strengths,
    @Schema(nullable = true) @Size(max = 10000) String improvements,
    @Schema(nullable = true) @Valid Compensation compensation) {

  ReviewChanges changes() {
    return new ReviewChanges(reviewerId, ratings, goals, strengths, improvements, compensation);
  }
}
