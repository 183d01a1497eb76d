package io.clientele.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a draft's PATCH may change. The reviewee and cycle never change (delete-and-recreate is not
 * offered: a review's history starts with its draft).
 */
@Schema(name = "ReviewChanges")
public record ReviewChanges(
    @Schema(description = "Someone above the reviewee") @NotNull UUID reviewerId,
    @Schema(description = "At most one rating per competency; replaced as a whole; null clears")
        @Size(max = 50)
        List<@Valid @NotNull Rating> ratings,
    @Schema(description = "Replaced as a whole; null clears") @Size(max = 50)
        List<@Valid @NotNull Goal> goals,
    @Schema(nullable = true) @Size(max = 10000) String strengths,
    @Schema(nullable = true) @Size(max = 10000) String improvements,
    @Schema(
            description =
                """
                Merged field by field; every field may be null, and null clears them all. Only \
                callers who see compensation write it.""")
        @Valid
        Compensation compensation) {}
