package io.clientele.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.clientele.web.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "Review",
    description =
        """
        A performance review. Who sees it: the reviewer, everyone above the reviewer, admins and \
        executives; the reviewee once submitted; anyone else gets 404. Who sees `compensation`: \
        never the reviewee, never an executive unless they wrote the review; otherwise the \
        reviewer, the staff above the reviewer and admins.""")
public record ReviewDto(
    UUID id,
    UUID revieweeId,
    UUID reviewerId,
    @Schema(example = "2026-H2") String cycle,
    @Schema(description = "First day of the cycle", example = "2026-07-01") LocalDate cycleStart,
    @Schema(description = "Last day of the cycle", example = "2026-12-31") LocalDate cycleEnd,
    @Schema(example = "submitted") ReviewStatus status,
    @Schema(description = "In competency order") List<Rating> ratings,
    List<Goal> goals,
    @Schema(nullable = true) String strengths,
    @Schema(nullable = true) String improvements,
    @Schema(description = "Given by the reviewee when acknowledging", nullable = true)
        String revieweeComment,
    @Schema(
            description =
                """
                Present only for the reviewer, the staff above the reviewer and admins (an object \
                whose fields may be null); for the reviewee and for executives who did not write \
                the review the key is absent, not null.""")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Compensation compensation,
    @Schema(
            description =
                "Frozen at submission; null while a draft (GET /reviews/{id}/kpis computes them live)",
            nullable = true)
        Kpis kpis,
    @Schema(description = "Every status move, oldest first") List<Transition> transitions,
    @Schema(
            description =
                "The moves this caller may make now: allowed from the current status and theirs to make")
        List<ReviewStatus> allowedTransitions,
    @Schema(example = "0") long version,
    Instant createdAt,
    Instant updatedAt)
    implements Versioned {}
